// Metamorphic page variants: the engine (variants/engine.ts), DOM helpers for variants (variants/dom.ts), the
// transforms they are built from (variants/transforms.ts) and
// the generic variants (variants/generic.ts), under the one name the tests import.
export * from './variants/engine';
export * from './variants/dom';
export * from './variants/generic';
export * from './variants/transforms';
