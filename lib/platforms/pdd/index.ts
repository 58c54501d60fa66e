import type { PlatformAdapter } from '../types';

/** STUB — to be written: the pdd adapter. */
export const pdd: PlatformAdapter = {
  id: 'pdd',
  matches: [],
  version: 1,
  pageKind: () => undefined,
  extractOrders: () => [],
  extractProducts: () => [],
};
