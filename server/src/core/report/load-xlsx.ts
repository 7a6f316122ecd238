import type { Locale } from '../types';
import type { ReportRow } from './rows';

/**
 * Writes the rows as XLSX, loading exceljs (a large library) only now. esbuild.mjs turns this
 * require into `require('./xlsx.js')`, a bundle of its own beside server.js and cli.js.
 */
export async function writeReportXlsx(rows: ReportRow[], locale: Locale): Promise<Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { reportXlsx } = require('./xlsx') as typeof import('./xlsx');
  return reportXlsx(rows, locale);
}
