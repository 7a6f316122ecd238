/**
 * The official form as a PDF (pdfmake): A4 portrait, the tables' header rows repeated on each
 * page, rows never split across pages, the fonts given by the caller embedded (Roboto, shipped
 * with pdfmake: Latin text and the √ tick). Pure apart from pdfmake: the caller reads the fonts.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
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

export interface PdfFonts {
  normal: Buffer;
  bold: Buffer;
  italics?: Buffer;
}

const HEAD = '#e7e6e6';
const GROUP = '#f2f2f2';

function docDefinition(form: FormModel, opts: OfficeWriteOptions): TDocumentDefinitions {
  const content: Content[] = [];
  content.push({ text: FORM_TITLE, bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 12] });
  if (opts.notes?.length)
    content.push({
      table: { widths: ['*'], body: [[{ stack: [{ text: opts.notesTitle ?? 'Catatan', bold: true }, ...opts.notes.map((n) => ({ text: n }))], color: '#c00000' }]] },
      margin: [0, 0, 0, 10],
    });
  content.push({
    layout: 'noBorders',
    table: { widths: [110, 8, '*'], body: form.header.map((h) => [h.label, ':', h.value ?? '']) },
  });
  content.push({ text: 'I. IKHTISAR JABATAN', bold: true, margin: [0, 12, 0, 4] });
  content.push({ table: { widths: [110, '*'], body: [[{ text: 'Ikhtisar Jabatan', bold: true }, form.ikhtisar ?? '']] } });

  content.push({ text: 'II. STANDAR KOMPETENSI', bold: true, margin: [0, 12, 0, 4], pageBreak: undefined });
  const comp: TableCell[][] = [COMPETENCY_COLUMNS.map((c) => ({ text: c, bold: true, alignment: 'center', fillColor: HEAD }))];
  for (const g of form.groups) {
    comp.push([{ text: g.label, bold: true, colSpan: 4, fillColor: GROUP }, {}, {}, {}]);
    for (const row of g.rows) {
      comp.push([
        row.blank ? `${row.no}.` : competencyLabel(row),
        { text: levelLabel(row), alignment: 'center' },
        row.deskripsi ?? '',
        { stack: row.indicators.map((i) => ({ text: indicatorLine(i, '(indikator tidak dikenal)'), margin: [0, 0, 0, 2] })) },
      ]);
    }
  }
  content.push({ table: { headerRows: 1, dontBreakRows: true, widths: [105, 42, 150, '*'], body: comp } });

  content.push({ text: 'III. PERSYARATAN JABATAN', bold: true, margin: [0, 12, 0, 4] });
  const [cJenis, cUraian, ...cTick] = REQUIREMENT_COLUMNS;
  const req: TableCell[][] = [
    [
      { text: cJenis, bold: true, alignment: 'center', colSpan: 2, rowSpan: 2, fillColor: HEAD },
      {},
      { text: cUraian, bold: true, alignment: 'center', rowSpan: 2, fillColor: HEAD },
      { text: TINGKAT_HEADING, bold: true, alignment: 'center', colSpan: 3, fillColor: HEAD },
      {},
      {},
    ],
    [{}, {}, {}, ...cTick.map((t) => ({ text: t, bold: true, alignment: 'center' as const, fillColor: HEAD }))],
  ];
  for (const g of form.requirements) {
    for (const l of reqLines(g)) {
      const uraian = l.row ? l.row.uraian + (l.row.tingkatText ? ` (${l.row.tingkatText})` : '') : '';
      req.push([
        l.groupSpan > 0 ? { text: g.label, bold: true, rowSpan: l.groupSpan } : {},
        l.subSpan > 0 ? { text: l.sub, rowSpan: l.subSpan } : {},
        uraian,
        ...TINGKAT.map((t) => ({ text: l.row?.tingkat === t ? TICK : '', alignment: 'center' as const })),
      ]);
    }
  }
  req.push([{ text: 'D. Pangkat', bold: true, colSpan: 2 }, {}, { text: form.pangkat ?? '', colSpan: 4 }, {}, {}, {}]);
  req.push([
    { text: 'E. Indikator Kinerja Jabatan', bold: true, colSpan: 2 },
    {},
    { stack: form.indikatorKinerja.map((k, i) => ({ text: `${i + 1}. ${k}` })), colSpan: 4 },
    {},
    {},
    {},
  ]);
  content.push({ table: { headerRows: 2, dontBreakRows: true, widths: [75, 75, '*', 42, 42, 42], body: req } });
  content.push({ text: FORM_SOURCE, italics: true, fontSize: 7, margin: [0, 12, 0, 0] });

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 48],
    info: { title: form.nama ? `${FORM_TITLE} — ${form.nama}` : FORM_TITLE, creator: 'skj' },
    defaultStyle: { font: 'Form', fontSize: 9, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 16, 0, 0] }),
    content,
  };
}

/** One standard as a PDF. */
export async function writeFormPdf(form: FormModel, fonts: PdfFonts, opts: OfficeWriteOptions = {}): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfmake = require('pdfmake') as {
    setFonts(f: unknown): void;
    setUrlAccessPolicy(f: (u: string) => boolean): void;
    setLocalAccessPolicy(f: (p: string) => boolean): void;
    createPdf(d: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
    virtualfs: { writeFileSync(name: string, data: Buffer): void };
  };
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  // Fonts go through pdfmake's in-memory file system: nothing is read from disk or the network.
  pdfmake.virtualfs.writeFileSync('skj-form-normal.ttf', fonts.normal);
  pdfmake.virtualfs.writeFileSync('skj-form-bold.ttf', fonts.bold);
  pdfmake.virtualfs.writeFileSync('skj-form-italics.ttf', fonts.italics ?? fonts.normal);
  pdfmake.setFonts({ Form: { normal: 'skj-form-normal.ttf', bold: 'skj-form-bold.ttf', italics: 'skj-form-italics.ttf', bolditalics: 'skj-form-bold.ttf' } });
  return pdfmake.createPdf(docDefinition(form, opts)).getBuffer();
}
