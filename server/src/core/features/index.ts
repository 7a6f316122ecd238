export * from './types';
export { complete } from './completion';
export { newStandardText, NewStandardOptions } from './new-standard';
export { hover } from './hover';
