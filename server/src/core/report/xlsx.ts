/**
 * The overview table as an Excel workbook (exceljs). Loaded only when an XLSX is written
 * (load-xlsx.ts), with exceljs from dist/exceljs.js, so the language server and the CLI start
 * without it.
 *
 * Written with exceljs's streaming WorkbookWriter: it zips with Node's zlib, where the in-memory
 * Workbook zips with a JavaScript deflate; on 2,000 rows that is 0.3 s instead of 0.5 s
 * (BENCHMARKS.md 4b). A table of plain rows needs nothing the in-memory model adds.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../types';
import { GENERAL_CODES } from '../domain/general-competencies';
import { cells, headers, LABELS, ReportRow } from './rows';

const WIDTHS = [5, 44, 32, 24, 14, 15, ...GENERAL_CODES.map(() => 6), 14, 8, 11, 40];

export async function reportXlsx(rows: ReportRow[], locale: Locale): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'skj';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(locale === 'en' ? 'Summary' : 'Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = headers(locale);
  ws.columns = head.map((_, i) => ({ width: WIDTHS[i] ?? 12 }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  const header = ws.addRow(head);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  header.commit();
  const errorsCol = head.indexOf(LABELS[locale].errors) + 1;
  for (const [i, r] of rows.entries()) {
    const row = ws.addRow(cells(r, i, locale));
    if (r.errors) row.getCell(errorsCol).font = { bold: true, color: { argb: 'FFB00000' } };
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
