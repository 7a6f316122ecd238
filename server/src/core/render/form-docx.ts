/**
 * The official form as a Word document (docx library): A4 portrait, real tables with merged
 * cells, the competency and requirement tables' header rows repeated on each page, Times New
 * Roman (Liberation Serif in LibreOffice). Editable in Word and LibreOffice.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
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

export interface OfficeWriteOptions {
  /** Shown in a box above the form (the errors of a standard exported with --allow-errors). */
  notes?: string[];
  /** Heading of that box. */
  notesTitle?: string;
}

const FONT = 'Times New Roman';
const SIZE = 21; // half-points: 10.5 pt
/** A4 in twips, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT = PAGE.width - 2 * PAGE.margin;
const COMP_WIDTHS = [2200, 800, 3000, CONTENT - 6000];
const REQ_WIDTHS = [1500, 1500, CONTENT - 3000 - 3 * 900, 900, 900, 900];
const HEAD_FILL = 'E7E6E6';
const GROUP_FILL = 'F2F2F2';

function run(text: string, bold = false, italics = false, color?: string): TextRun {
  return new TextRun({ text, bold, italics, color, font: FONT, size: SIZE });
}

function para(text: string, o: { bold?: boolean; center?: boolean; italics?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ children: text ? [run(text, o.bold, o.italics, o.color)] : [], alignment: o.center ? AlignmentType.CENTER : undefined });
}

/** A text with line breaks as paragraphs (a cell's paragraphs are what Word users edit). */
function paras(text: string | undefined, o: { bold?: boolean; center?: boolean } = {}): Paragraph[] {
  if (!text) return [para('')];
  return text.split(/\r?\n/).map((l) => para(l, o));
}

function cell(children: Paragraph[], width: number, o: { span?: number; rowSpan?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    rowSpan: o.rowSpan,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function grid(rows: TableRow[], widths: number[], borders = true): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: borders ? undefined : { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({ children: [run(text, true)], spacing: { before: 240, after: 80 }, keepNext: true });
}

function formChildren(form: FormModel, opts: OfficeWriteOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  out.push(new Paragraph({ children: [new TextRun({ text: FORM_TITLE, bold: true, font: FONT, size: 26 })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }));
  if (opts.notes?.length) {
    const lines = [para(opts.notesTitle ?? 'Catatan', { bold: true, color: 'C00000' }), ...opts.notes.map((n) => para(n, { color: 'C00000' }))];
    out.push(grid([new TableRow({ children: [cell(lines, CONTENT)] })], [CONTENT]));
    out.push(para(''));
  }
  // Header block *1–*4.
  out.push(
    grid(
      form.header.map((h) => new TableRow({ children: [cell([para(h.label)], 2400), cell([para(':')], 300), cell(paras(h.value), CONTENT - 2700)] })),
      [2400, 300, CONTENT - 2700],
      false,
    ),
  );
  // I. Ikhtisar.
  out.push(heading('I. IKHTISAR JABATAN'));
  out.push(grid([new TableRow({ children: [cell([para('Ikhtisar Jabatan', { bold: true })], 2400), cell(paras(form.ikhtisar), CONTENT - 2400)] })], [2400, CONTENT - 2400]));
  // II. Standar Kompetensi.
  out.push(heading('II. STANDAR KOMPETENSI'));
  const comp: TableRow[] = [
    new TableRow({ tableHeader: true, cantSplit: true, children: COMPETENCY_COLUMNS.map((c, i) => cell([para(c, { bold: true, center: true })], COMP_WIDTHS[i], { fill: HEAD_FILL })) }),
  ];
  for (const g of form.groups) {
    comp.push(new TableRow({ cantSplit: true, children: [cell([para(g.label, { bold: true })], CONTENT, { span: 4, fill: GROUP_FILL })] }));
    for (const row of g.rows) {
      const ind = row.indicators.map((i) => para(indicatorLine(i, '(indikator tidak dikenal)')));
      comp.push(
        new TableRow({
          children: [
            cell([para(row.blank ? `${row.no}.` : competencyLabel(row))], COMP_WIDTHS[0]),
            cell([para(levelLabel(row), { center: true })], COMP_WIDTHS[1]),
            cell(paras(row.deskripsi), COMP_WIDTHS[2]),
            cell(ind.length ? ind : [para('')], COMP_WIDTHS[3]),
          ],
        }),
      );
    }
  }
  out.push(grid(comp, COMP_WIDTHS));
  // III. Persyaratan.
  out.push(heading('III. PERSYARATAN JABATAN'));
  const [cJenis, cUraian, ...cTick] = REQUIREMENT_COLUMNS;
  const req: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell([para(cJenis, { bold: true, center: true })], REQ_WIDTHS[0] + REQ_WIDTHS[1], { span: 2, rowSpan: 2, fill: HEAD_FILL }),
        cell([para(cUraian, { bold: true, center: true })], REQ_WIDTHS[2], { rowSpan: 2, fill: HEAD_FILL }),
        cell([para(TINGKAT_HEADING, { bold: true, center: true })], 2700, { span: 3, fill: HEAD_FILL }),
      ],
    }),
    new TableRow({ tableHeader: true, cantSplit: true, children: cTick.map((c, i) => cell([para(c, { bold: true, center: true })], REQ_WIDTHS[3 + i], { fill: HEAD_FILL })) }),
  ];
  for (const g of form.requirements) {
    for (const l of reqLines(g)) {
      const cells: TableCell[] = [];
      if (l.groupSpan > 0) cells.push(cell([para(g.label, { bold: true })], REQ_WIDTHS[0], { rowSpan: l.groupSpan }));
      if (l.subSpan > 0) cells.push(cell([para(l.sub)], REQ_WIDTHS[1], { rowSpan: l.subSpan }));
      const uraian = l.row ? l.row.uraian + (l.row.tingkatText ? ` (${l.row.tingkatText})` : '') : '';
      cells.push(cell(paras(uraian), REQ_WIDTHS[2]));
      TINGKAT.forEach((t, i) => cells.push(cell([para(l.row?.tingkat === t ? TICK : '', { center: true })], REQ_WIDTHS[3 + i])));
      req.push(new TableRow({ cantSplit: true, children: cells }));
    }
  }
  const wide = REQ_WIDTHS.slice(2).reduce((a, b) => a + b, 0);
  req.push(new TableRow({ cantSplit: true, children: [cell([para('D. Pangkat', { bold: true })], REQ_WIDTHS[0] + REQ_WIDTHS[1], { span: 2 }), cell(paras(form.pangkat), wide, { span: 4 })] }));
  const kinerja = form.indikatorKinerja.map((k, i) => para(`${i + 1}. ${k}`));
  req.push(
    new TableRow({
      children: [cell([para('E. Indikator Kinerja Jabatan', { bold: true })], REQ_WIDTHS[0] + REQ_WIDTHS[1], { span: 2 }), cell(kinerja.length ? kinerja : [para('')], wide, { span: 4 })],
    }),
  );
  out.push(grid(req, REQ_WIDTHS));
  out.push(new Paragraph({ children: [new TextRun({ text: FORM_SOURCE, italics: true, font: FONT, size: 16 })], spacing: { before: 240 } }));
  return out;
}

/** One standard as a .docx file. */
export async function writeFormDocx(form: FormModel, opts: OfficeWriteOptions = {}): Promise<Buffer> {
  const doc = new Document({
    creator: 'skj',
    title: form.nama ? `${FORM_TITLE} — ${form.nama}` : FORM_TITLE,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        children: formChildren(form, opts),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
