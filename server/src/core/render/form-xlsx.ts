/**
 * The official form as an Excel workbook (exceljs): one sheet per standard, laid out in six
 * columns like the agencies' templates (A kompetensi / jenis persyaratan, B level / sub-jenis,
 * C diskripsi / uraian, D–F indikator or the Mutlak / Penting / Perlu ticks). A4 portrait, fit to
 * the page width, the competency table's header row repeated on each printed page.
 */
import ExcelJS from 'exceljs';
import type { OfficeWriteOptions } from './form-docx';
import {
  COMPETENCY_COLUMNS,
  competencyLabel,
  FORM_SOURCE,
  FORM_TITLE,
  FormModel,
  indicatorLine,
  levelLabel,
  REQUIREMENT_COLUMNS,
  reqLines,
  TICK,
  TINGKAT,
  TINGKAT_HEADING,
} from './form-model';

const WIDTHS = [26, 14, 40, 14, 14, 14];
const FONT = { name: 'Times New Roman', size: 10.5 };
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** Lines a text takes in a column of `width` characters (for row heights: Excel does not grow merged cells). */
function linesIn(text: string, width: number): number {
  return text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil((l.length * 0.95) / Math.max(width, 1))), 0);
}

class SheetWriter {
  row = 1;
  constructor(private readonly ws: ExcelJS.Worksheet) {}

  /** Writes cells [col (1-based), text, span, style]; sets the row's height from its tallest cell. */
  put(cells: { col: number; text: string; span?: number; bold?: boolean; center?: boolean; fill?: ExcelJS.Fill; border?: boolean; color?: string }[], rowSpan = 1): number {
    const r = this.row;
    let lines = 1;
    for (const c of cells) {
      const span = c.span ?? 1;
      const cellRef = this.ws.getCell(r, c.col);
      cellRef.value = c.text;
      cellRef.font = { ...FONT, bold: c.bold, color: c.color ? { argb: c.color } : undefined };
      cellRef.alignment = { wrapText: true, vertical: 'top', horizontal: c.center ? 'center' : 'left' };
      if (c.fill) cellRef.fill = c.fill;
      if (span > 1 || rowSpan > 1) this.ws.mergeCells(r, c.col, r + rowSpan - 1, c.col + span - 1);
      if (c.border !== false) for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c.col; cc < c.col + span; cc++) this.ws.getCell(rr, cc).border = BORDER;
      const width = WIDTHS.slice(c.col - 1, c.col - 1 + span).reduce((a, b) => a + b, 0);
      if (rowSpan === 1) lines = Math.max(lines, linesIn(c.text, width));
    }
    this.ws.getRow(r).height = Math.max(15, lines * 13.5 + 2);
    this.row += 1;
    return r;
  }

  skip(n = 1): void {
    this.row += n;
  }
}

function sheetName(form: FormModel, used: Set<string>): string {
  const base = (form.nama ?? 'Standar').replace(/[\[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Standar';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function addForm(wb: ExcelJS.Workbook, form: FormModel, opts: OfficeWriteOptions, used: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(form, used), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const w = new SheetWriter(ws);
  w.put([{ col: 1, text: FORM_TITLE, span: 6, bold: true, center: true, border: false }]);
  if (opts.notes?.length) w.put([{ col: 1, text: [opts.notesTitle ?? 'Catatan', ...opts.notes].join('\n'), span: 6, color: 'FFC00000' }]);
  w.skip();
  for (const h of form.header) w.put([{ col: 1, text: h.label, border: false }, { col: 2, text: `: ${h.value ?? ''}`, span: 5, border: false }]);
  w.skip();
  w.put([{ col: 1, text: 'I. IKHTISAR JABATAN', span: 6, bold: true, border: false }]);
  w.put([{ col: 1, text: 'Ikhtisar Jabatan', bold: true }, { col: 2, text: form.ikhtisar ?? '', span: 5 }]);
  w.skip();
  w.put([{ col: 1, text: 'II. STANDAR KOMPETENSI', span: 6, bold: true, border: false }]);
  const head = w.put([
    { col: 1, text: COMPETENCY_COLUMNS[0], bold: true, center: true, fill: HEAD_FILL },
    { col: 2, text: COMPETENCY_COLUMNS[1], bold: true, center: true, fill: HEAD_FILL },
    { col: 3, text: COMPETENCY_COLUMNS[2], bold: true, center: true, fill: HEAD_FILL },
    { col: 4, text: COMPETENCY_COLUMNS[3], span: 3, bold: true, center: true, fill: HEAD_FILL },
  ]);
  ws.pageSetup.printTitlesRow = `${head}:${head}`;
  for (const g of form.groups) {
    w.put([{ col: 1, text: g.label, span: 6, bold: true, fill: GROUP_FILL }]);
    for (const row of g.rows) {
      w.put([
        { col: 1, text: row.blank ? `${row.no}.` : competencyLabel(row) },
        { col: 2, text: levelLabel(row), center: true },
        { col: 3, text: row.deskripsi ?? '' },
        { col: 4, text: row.indicators.map((i) => indicatorLine(i, '(indikator tidak dikenal)')).join('\n'), span: 3 },
      ]);
    }
  }
  w.skip();
  w.put([{ col: 1, text: 'III. PERSYARATAN JABATAN', span: 6, bold: true, border: false }]);
  const [cJenis, cUraian, ...cTick] = REQUIREMENT_COLUMNS;
  const top = w.row;
  w.put([
    { col: 1, text: cJenis, bold: true, center: true, fill: HEAD_FILL },
    { col: 2, text: '', fill: HEAD_FILL },
    { col: 3, text: cUraian, bold: true, center: true, fill: HEAD_FILL },
    { col: 4, text: TINGKAT_HEADING, span: 3, bold: true, center: true, fill: HEAD_FILL },
  ]);
  w.put([{ col: 1, text: '', fill: HEAD_FILL }, { col: 2, text: '', fill: HEAD_FILL }, { col: 3, text: '', fill: HEAD_FILL }, ...cTick.map((t, i) => ({ col: 4 + i, text: t, bold: true, center: true, fill: HEAD_FILL }))]);
  ws.mergeCells(top, 1, top + 1, 2);
  ws.mergeCells(top, 3, top + 1, 3);
  for (const g of form.requirements) {
    const lines = reqLines(g);
    const first = w.row;
    lines.forEach((l) => {
      const cells: Parameters<SheetWriter['put']>[0] = [];
      if (l.groupSpan > 0) cells.push({ col: 1, text: g.label, bold: true });
      if (l.subSpan > 0) cells.push({ col: 2, text: l.sub });
      cells.push({ col: 3, text: l.row ? l.row.uraian + (l.row.tingkatText ? ` (${l.row.tingkatText})` : '') : '' });
      TINGKAT.forEach((t, i) => cells.push({ col: 4 + i, text: l.row?.tingkat === t ? TICK : '', center: true }));
      w.put(cells);
    });
    // Label cells merged down their rows (after the rows exist, so each row keeps its borders).
    if (lines.length > 1) ws.mergeCells(first, 1, first + lines.length - 1, 1);
    let r = first;
    for (const l of lines) {
      if (l.subSpan > 1) ws.mergeCells(r, 2, r + l.subSpan - 1, 2);
      r++;
    }
  }
  w.put([{ col: 1, text: 'D. Pangkat', span: 2, bold: true }, { col: 3, text: form.pangkat ?? '', span: 4 }]);
  w.put([{ col: 1, text: 'E. Indikator Kinerja Jabatan', span: 2, bold: true }, { col: 3, text: form.indikatorKinerja.map((k, i) => `${i + 1}. ${k}`).join('\n'), span: 4 }]);
  w.skip();
  ws.getCell(w.row, 1).value = FORM_SOURCE;
  ws.getCell(w.row, 1).font = { ...FONT, size: 8, italic: true };
}

/** Standards as one workbook, one sheet each (named from the position, unique, ≤ 31 characters). */
export async function writeFormXlsx(forms: { form: FormModel; opts?: OfficeWriteOptions }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'skj';
  const used = new Set<string>();
  for (const f of forms) addForm(wb, f.form, f.opts ?? {}, used);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
