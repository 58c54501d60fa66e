import { ShopLensDatabase } from './database';

export * from './counts';
export * from './database';
export * from './match-decisions';
export * from './store-notices';

let instance: ShopLensDatabase | undefined;

/** The extension's one database, opened lazily (importing this module has no side effect). */
export function getDb(): ShopLensDatabase {
  instance ??= new ShopLensDatabase();
  return instance;
}
export * from './derived';
