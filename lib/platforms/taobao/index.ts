import type { PlatformAdapter } from '../types';

/** STUB — to be written: the taobao adapter. */
export const taobao: PlatformAdapter = {
  id: 'taobao',
  matches: [],
  version: 1,
  pageKind: () => undefined,
  extractOrders: () => [],
  extractProducts: () => [],
};
