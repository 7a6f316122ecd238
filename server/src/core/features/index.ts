export * from './types';
export { complete } from './completion';
export { newStandardText, NewStandardOptions } from './new-standard';
export { hover } from './hover';
export { codeActions, CodeActionOptions, combine, fixAllEdits, FIX_ALL_KIND, preferredFix } from './code-actions';
export { applyEdits, diffEdits } from './edits';
