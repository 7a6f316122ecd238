import type { Locale } from '../types';
import type { ReportRow } from './rows';

/**
 * Writes the rows as XLSX, loading exceljs (a large library) only now: xlsx.ts is bundled into
 * server.js and cli.js, but esbuild runs a required module only when it is required, and its
 * `exceljs` is `./exceljs.js` beside them (esbuild.mjs). Compiled by tsc (tests) it finds
 * ./xlsx.js beside this file and exceljs in node_modules.
 */
function xlsxWriter(): typeof import('./xlsx') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./xlsx') as typeof import('./xlsx');
}

/** Loads the writer (and exceljs) now, e.g. while worker threads check the files. */
export function preloadReportXlsx(): void {
  xlsxWriter();
}

export async function writeReportXlsx(rows: ReportRow[], locale: Locale): Promise<Uint8Array> {
  return xlsxWriter().reportXlsx(rows, locale);
}
