export * from './text';
export * from './grid';
export * from './observe';
