import type { PlatformAdapter } from '../types';

/** STUB — to be written: the douyin adapter. */
export const douyin: PlatformAdapter = {
  id: 'douyin',
  matches: [],
  version: 1,
  pageKind: () => undefined,
  extractOrders: () => [],
  extractProducts: () => [],
};
