/** Excel workbooks (exceljs): every sheet's rows in order; merged ranges keep their text on the first cell. */
import ExcelJS from 'exceljs';
import { cleanLines, SourceCell, SourceRow } from './blocks';
import { excelHeaderFooterText } from './read-page-text';
import { takeCellNotes } from './read-xlsx-notes';

function valueText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    // A formula: the value Excel last computed; a workbook written by a program that computes
    // nothing (openpyxl) has none, and the formula itself is what the cell says.
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
      const result = f.result !== undefined && f.result !== null ? valueText(f.result) : '';
      return result !== '' ? result : `=${f.formula ?? f.sharedFormula ?? ''}`;
    }
    if ('result' in v) return valueText(v.result as ExcelJS.CellValue);
    if ('error' in v) return String((v as { error: unknown }).error ?? '');
    if ('hyperlink' in v) return String((v as { text?: unknown; hyperlink: unknown }).text ?? (v as { hyperlink: unknown }).hyperlink);
    return '';
  }
  return String(v);
}

export async function readXlsx(data: Buffer): Promise<SourceRow[]> {
  const { notes, data: workbook } = await takeCellNotes(data);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(workbook as unknown as ArrayBuffer);
  const out: SourceRow[] = [];
  wb.eachSheet((ws) => {
    // The sheet's print header and footer (first page, odd and even pages), each different text once.
    const hf = ws.headerFooter ?? {};
    const seen = new Set<string>();
    for (const [key, where] of [['firstHeader', 'kepala halaman'], ['oddHeader', 'kepala halaman'], ['evenHeader', 'kepala halaman'], ['firstFooter', 'kaki halaman'], ['oddFooter', 'kaki halaman'], ['evenFooter', 'kaki halaman']] as const) {
      for (const line of excelHeaderFooterText(hf[key])) {
        if (seen.has(line)) continue;
        seen.add(line);
        out.push({ cells: [{ lines: [line] }], where: `lembar "${ws.name}", ${where}`, page: true });
      }
    }
    const sheetNotes = notes.get(ws.name) ?? [];
    const last = Math.max(ws.rowCount, ...sheetNotes.map((n) => n.row));
    const cols = ws.columnCount;
    for (let r = 1; r <= last; r++) {
      const row = ws.getRow(r);
      const cells: SourceCell[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master !== cell) cells.push({ lines: [], merged: true });
        else cells.push({ lines: cleanLines(valueText(cell.value)) });
      }
      while (cells.length && !cells[cells.length - 1].lines.length && !cells[cells.length - 1].merged) cells.pop();
      out.push({ cells, where: `lembar "${ws.name}", baris ${r}` });
      for (const n of sheetNotes) if (n.row === r) out.push({ cells: [{ lines: [n.text] }], where: `lembar "${ws.name}", catatan sel ${n.ref}`, remark: true });
    }
  });
  return out;
}
