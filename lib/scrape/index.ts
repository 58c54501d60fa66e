export * from './text';
export * from './grid';
export * from './observe';
export * from './labels';
export * from './headers';
export * from './table-scope';
export * from './anchor-groups';
