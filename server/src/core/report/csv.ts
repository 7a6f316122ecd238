import type { Locale } from '../types';
import { cells, headers, ReportRow } from './rows';

/**
 * RFC 4180 CSV (comma, CRLF, fields quoted when they hold a comma, quote or line break), with a
 * UTF-8 byte-order mark so that Excel and LibreOffice read the Indonesian text correctly.
 * A cell starting with = + - @ is prefixed with ' so that a spreadsheet never runs it as a formula.
 */
export function reportCsv(rows: ReportRow[], locale: Locale): string {
  const lines = [headers(locale), ...rows.map((r, i) => cells(r, i, locale))].map((line) => line.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
