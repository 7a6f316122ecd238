/**
 * The text printed on every page: a Word document's headers and footers (word/header*.xml,
 * word/footer*.xml, which mammoth does not convert) and an Excel sheet's print header and
 * footer. Agencies put the letterhead or "Lampiran … Nomor …" there; the import must not lose
 * it, so it comes back as rows marked `page`, which the recogniser keeps as comments.
 *
 * Read with the libraries the office bundle carries anyway: jszip (the .docx is a zip) and
 * @xmldom/xmldom (mammoth's XML parser). Computed values (page numbers, dates) are not typed
 * text: they are named instead ("Halaman [halaman] dari [jumlah halaman]").
 */
import JSZip from 'jszip';
import { cleanLines, SourceRow } from './blocks';
import { parseXml } from './xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What a computed field shows, named ("[halaman]"): its number or date is not typed text. */
const FIELDS: Record<string, string> = { PAGE: '[halaman]', NUMPAGES: '[jumlah halaman]', SECTIONPAGES: '[jumlah halaman]', DATE: '[tanggal]', TIME: '[jam]', FILENAME: '[nama berkas]' };

function fieldName(instr: string): string | undefined {
  return FIELDS[/^\s*([A-Z]+)/i.exec(instr)?.[1]?.toUpperCase() ?? ''];
}

const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/** Symbol-font characters (w:sym) people put in headers: Wingdings' ticks and boxes. */
const SYMBOLS: Record<string, string> = { F0FC: '√', F0FE: '☑', F0FB: '✗', F0A8: '☐', F0B7: '•', F0D8: '➢' };

/**
 * The paragraphs of one header or footer part; page numbers and dates as [halaman], [tanggal].
 * Walked with an explicit stack (a hostile part may nest elements thousands deep).
 */
function partParagraphs(xml: string): string[] {
  const doc = parseXml(xml);
  const out: string[] = [];
  const paras = doc.getElementsByTagNameNS(W, 'p');
  // A table (a letterhead: logo | name; or "Nama Jabatan" | ":" | value) comes back a row at a
  // time, its cells joined with " | ", where its first paragraph is.
  const rowsDone = new Set<Element>();
  for (let i = 0; i < paras.length; i++) {
    const tr = closest(paras[i], 'tr');
    if (!tr) {
      out.push(...cleanLines(paragraphText(paras[i])));
      continue;
    }
    if (rowsDone.has(tr)) continue;
    rowsDone.add(tr);
    const cells: string[] = [];
    for (let c = tr.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1 || (c as Element).localName !== 'tc') continue;
      const lines: string[] = [];
      const ps = (c as Element).getElementsByTagNameNS(W, 'p');
      for (let k = 0; k < ps.length; k++) if (closest(ps[k], 'tr') === tr) lines.push(...cleanLines(paragraphText(ps[k])));
      if (lines.length) cells.push(lines.join(' / '));
    }
    if (cells.length) out.push(cells.join(' | '));
  }
  return out;
}

/** The nearest enclosing WordprocessingML element named `name`. */
function closest(n: Node, name: string): Element | undefined {
  for (let a = n.parentNode; a; a = a.parentNode) if (a.nodeType === 1 && (a as Element).localName === name && (a as Element).namespaceURI === W) return a as Element;
  return undefined;
}

/** One paragraph's text; page numbers and dates as [halaman], [tanggal]. */
function paragraphText(para: Element): string {
  let text = '';
  // Complex fields: begin, instruction, separate, the result Word last showed, end. Text is
  // shown only where every enclosing field shows its result ({IF {PAGE} = 1 …}: not the PAGE).
  const fields: { instr: string; named?: string; result: boolean }[] = [];
  const shown = (upTo = fields.length) => fields.slice(0, upTo).every((f) => f.result && !f.named);
  const stack: Node[] = [];
  for (let c = para.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el.nodeType !== 1) continue;
    const name = el.localName;
    const children = () => {
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    };
    if (el.namespaceURI === M) {
      // An equation: its text runs (m:t).
      if (name === 't') text += shown() ? (el.textContent ?? '') : '';
      else children();
      continue;
    }
    // A shape, a picture, markup of another vocabulary: not text, but it stands between words.
    if (el.namespaceURI !== W) {
      text += ' ';
      continue;
    }
    // A paragraph in a text box is read on its own.
    if (name === 'p' || name === 'txbxContent') continue;
    const field = fields[fields.length - 1];
    if (name === 'fldChar') {
      const type = el.getAttributeNS(W, 'fldCharType');
      if (type === 'begin') fields.push({ instr: '', result: false });
      else if (type === 'separate' && field) {
        field.named = fieldName(field.instr);
        field.result = true;
        if (field.named && shown(fields.length - 1)) text += field.named;
      } else if (type === 'end') fields.pop();
    } else if (name === 'instrText') {
      if (field && !field.result) field.instr += el.textContent ?? '';
    } else if (name === 'fldSimple') {
      const named = fieldName(el.getAttributeNS(W, 'instr') ?? '');
      if (named) text += shown() ? named : '';
      else children();
    } else if (name === 't') text += shown() ? (el.textContent ?? '') : '';
    else if (name === 'tab' || name === 'ptab') text += shown() ? ' ' : '';
    else if (name === 'br' || name === 'cr') text += '\n';
    else if (name === 'noBreakHyphen') text += shown() ? '-' : '';
    else if (name === 'sym') text += shown() ? (SYMBOLS[(el.getAttributeNS(W, 'char') ?? '').toUpperCase()] ?? '[simbol]') : '';
    else if (name !== 'delText' && name !== 'del') children();
  }
  return text;
}

/** Each different line of a .docx's headers and footers, as rows ("kepala halaman", "kaki halaman"). */
export async function docxPageRows(data: Buffer): Promise<SourceRow[]> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files)
    .filter((n) => /^word\/(header|footer)\d*\.xml$/i.test(n))
    // Headers before footers, each in part order.
    .sort((a, b) => Number(/footer/i.test(a)) - Number(/footer/i.test(b)) || a.localeCompare(b, 'en', { numeric: true }));
  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    const where = /header/i.test(name) ? 'kepala halaman' : 'kaki halaman';
    for (const line of partParagraphs(xml)) {
      if (seen.has(line)) continue;
      seen.add(line);
      rows.push({ cells: [{ lines: [line] }], where, page: true });
    }
  }
  return rows;
}

/** Excel's header and footer codes for computed values, named as for Word's fields. */
const EXCEL_CODES: Record<string, string> = { P: '[halaman]', N: '[jumlah halaman]', D: '[tanggal]', T: '[jam]', F: '[nama berkas]', A: '[nama lembar]', Z: '[folder]', G: '[gambar]' };

/**
 * An Excel print header or footer as text: its left, centre and right parts joined, page
 * numbers and dates named ([halaman], [tanggal]), formatting codes (&"font", &12, &B, …) left out.
 */
export function excelHeaderFooterText(s: string | undefined): string[] {
  if (!s) return [];
  // "&&" is a literal "&" (even before L, C or R): set aside before the sections are split.
  const parts = s
    .replace(/&&/g, '\u0000')
    .split(/&[LCR]/)
    .map((p) =>
      p
        .replace(/&"[^"]*"/g, '')
        // Colours: &KRRGGBB, or a theme colour &KTT+SSS / &KTT-SSS.
        .replace(/&K(?:[0-9A-Fa-f]{6}|\d{2}[+-]\d{3})/g, '')
        .replace(/&\d+/g, '')
        .replace(/&([PNDTFAZG])/g, (_, c: string) => EXCEL_CODES[c])
        .replace(/&[BIUSEXYOH]/g, '')
        .replace(/\u0000/g, '&'),
    )
    .flatMap(cleanLines);
  return parts.length ? [parts.join(' / ')] : [];
}
