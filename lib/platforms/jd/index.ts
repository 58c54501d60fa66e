import type { PlatformAdapter } from '../types';

/** STUB — to be written: the jd adapter. */
export const jd: PlatformAdapter = {
  id: 'jd',
  matches: [],
  version: 1,
  pageKind: () => undefined,
  extractOrders: () => [],
  extractProducts: () => [],
};
