import type { Locale } from '../types';
import type { ReportRow } from './rows';

/**
 * Writes the rows as XLSX, loading exceljs (a large library) only now. esbuild.mjs turns this
 * require into `require('./office.js')`, the office bundle beside server.js and cli.js (it exports
 * reportXlsx too); compiled by tsc (tests) it finds ./xlsx.js beside this file.
 */
export async function writeReportXlsx(rows: ReportRow[], locale: Locale): Promise<Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { reportXlsx } = require('./xlsx') as typeof import('./xlsx');
  return reportXlsx(rows, locale);
}
