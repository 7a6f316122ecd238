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
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { cleanLines, SourceRow } from './blocks';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What a computed field shows, named ("[halaman]"): its number or date is not typed text. */
const FIELDS: Record<string, string> = { PAGE: '[halaman]', NUMPAGES: '[jumlah halaman]', SECTIONPAGES: '[jumlah halaman]', DATE: '[tanggal]', TIME: '[jam]', FILENAME: '[nama berkas]' };

function fieldName(instr: string): string | undefined {
  return FIELDS[/^\s*([A-Z]+)/i.exec(instr)?.[1]?.toUpperCase() ?? ''];
}

/** The paragraphs of one header or footer part; page numbers and dates as [halaman], [tanggal]. */
function partParagraphs(xml: string): string[] {
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml');
  const out: string[] = [];
  const paras = doc.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paras.length; i++) {
    let text = '';
    // Complex fields: begin, instruction, separate, the result Word last showed, end.
    const fields: { instr: string; named?: string; result: boolean }[] = [];
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1) continue;
        const el = c as Element;
        if (el.namespaceURI !== W) continue;
        const name = el.localName;
        // A paragraph in a text box is read on its own.
        if (name === 'p' || name === 'txbxContent') continue;
        const field = fields[fields.length - 1];
        if (name === 'fldChar') {
          const type = el.getAttributeNS(W, 'fldCharType');
          if (type === 'begin') fields.push({ instr: '', result: false });
          else if (type === 'separate' && field) {
            field.result = true;
            field.named = fieldName(field.instr);
            if (field.named) text += field.named;
          } else if (type === 'end') fields.pop();
        } else if (name === 'instrText') {
          if (field) field.instr += el.textContent ?? '';
        } else if (name === 'fldSimple') {
          const named = fieldName(el.getAttributeNS(W, 'instr') ?? '');
          if (named) text += named;
          else walk(el);
        } else if (name === 't') {
          if (!field?.named) text += el.textContent ?? '';
        } else if (name === 'tab') text += ' ';
        else if (name === 'br' || name === 'cr') text += '\n';
        else if (name !== 'delText') walk(el);
      }
    };
    walk(paras[i]);
    out.push(...cleanLines(text));
  }
  return out;
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
  const parts = s
    .split(/&[LCR]/)
    .map((p) =>
      p
        .replace(/&&/g, '\u0000')
        .replace(/&"[^"]*"/g, '')
        .replace(/&K[0-9A-Fa-f]{6}/g, '')
        .replace(/&\d+/g, '')
        .replace(/&([PNDTFAZG])/g, (_, c: string) => EXCEL_CODES[c])
        .replace(/&[BIUSEXYOH]/g, '')
        .replace(/\u0000/g, '&'),
    )
    .flatMap(cleanLines);
  return parts.length ? [parts.join(' / ')] : [];
}
