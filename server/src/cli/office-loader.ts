/**
 * Loads the office bundle (docx, exceljs, pdfmake, mammoth, node-html-parser) on first use.
 * esbuild leaves `./office.js` out of dist/cli.js and builds it as dist/office.js of its own;
 * compiled by tsc (tests), the same require finds out/server/src/cli/office.js.
 */
import type * as Office from './office';

let loaded: typeof Office | undefined;

export function office(): typeof Office {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./office.js') as typeof Office);
}
