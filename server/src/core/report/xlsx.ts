/**
 * The overview table as an Excel workbook (exceljs). Loaded only when an XLSX is written
 * (load-xlsx.ts): in the bundles it is part of dist/office.js, so the language server and the
 * CLI start without it.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../types';
import { GENERAL_CODES } from '../domain/general-competencies';
import { cells, headers, LABELS, ReportRow } from './rows';

export async function reportXlsx(rows: ReportRow[], locale: Locale): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'skj';
  wb.created = new Date(0);
  const ws = wb.addWorksheet(locale === 'en' ? 'Summary' : 'Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = headers(locale);
  ws.addRow(head);
  for (const [i, r] of rows.entries()) ws.addRow(cells(r, i, locale));
  const widths = [5, 44, 32, 24, 14, 15, ...GENERAL_CODES.map(() => 6), 14, 8, 11, 40];
  ws.columns.forEach((c, i) => (c.width = widths[i] ?? 12));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  const errorsCol = head.indexOf(LABELS[locale].errors) + 1;
  rows.forEach((r, i) => {
    if (r.errors) ws.getRow(i + 2).getCell(errorsCol).font = { bold: true, color: { argb: 'FFB00000' } };
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
