/**
 * Reads a .docx (mammoth → HTML, and its page headers and footers), .xlsx (exceljs) or
 * Word-saved .html/.htm into rows.
 */
import { documentKind, ImportError, isImportError, SourceRow } from './blocks';
import { readHtml } from './read-html';
import { docxPageRows } from './read-page-text';
import { readXlsx } from './read-xlsx';

export async function readDocument(name: string, data: Buffer): Promise<SourceRow[]> {
  const kind = documentKind(name);
  if (!kind) throw new ImportError('bukan dokumen Word (.docx), Excel (.xlsx) atau HTML', 'not a Word (.docx), Excel (.xlsx) or HTML document');
  const zip = data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
  if ((kind === 'docx' || kind === 'xlsx') && !zip)
    throw kind === 'docx'
      ? new ImportError('berkas .docx ini tidak dapat dibaca (bukan dokumen Word; mungkin .doc lama yang diberi nama .docx: simpan ulang sebagai .docx)', 'this .docx cannot be read (not a Word document; perhaps an old .doc renamed to .docx: save it again as .docx)')
      : new ImportError('berkas .xlsx ini tidak dapat dibaca (bukan buku kerja Excel; mungkin .xls lama: simpan ulang sebagai .xlsx)', 'this .xlsx cannot be read (not an Excel workbook; perhaps an old .xls: save it again as .xlsx)');
  try {
    if (kind === 'docx') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mammoth = require('mammoth') as typeof import('mammoth');
      // Reviewers' comments too (mammoth leaves them out unless mapped).
      const { value } = await mammoth.convertToHtml({ buffer: data }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: false, styleMap: ['comment-reference => sup'] });
      return [...(await docxPageRows(data)), ...readHtml(withNotesNamed(value))];
    }
    if (kind === 'xlsx') return await readXlsx(data);
    return readHtml(decodeHtml(data));
  } catch (e) {
    if (isImportError(e)) throw e;
    const detail = e instanceof RangeError ? 'isinya bersarang terlalu dalam' : ((e as Error)?.message ?? String(e));
    const detailEn = e instanceof RangeError ? 'its content is nested too deeply' : detail;
    throw new ImportError(`berkas rusak atau tidak dapat dibaca (${detail}); buka di Word atau Excel dan simpan ulang`, `the file is damaged or cannot be read (${detailEn}); open it in Word or Excel and save it again`);
  }
}

/** Word saves HTML as UTF-8 or as windows-1252 with a meta charset. */
function decodeHtml(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  const head = data.subarray(0, 2048).toString('latin1');
  const cs = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(cs && cs !== 'utf-8' ? cs : 'utf-8').decode(data);
  } catch {
    return data.toString('utf8');
  }
}

/**
 * Footnotes, endnotes and review comments as mammoth writes them: the markers ("[1]", "[R1]")
 * out of the values they follow (they are not part of the text: a description would no longer
 * be the regulation's), the back links ("↑") out of the notes, and each note named for what it
 * is, so that it is kept as a comment that says so ("Catatan kaki 1: …").
 */
function withNotesNamed(html: string): string {
  return html
    .replace(/<sup>(?:<sup>)?<a href="#(?:footnote|endnote|comment)-[^"]*" id="(?:footnote|endnote|comment)-ref-[^"]*">[^<]*<\/a>(?:<\/sup>)?<\/sup>/g, '')
    .replace(/\s*<a href="#(?:footnote|endnote|comment)-ref-[^"]*">↑<\/a>/g, '')
    .replace(/(<li id="footnote-(\d+)">\s*<p>)/g, '$1Catatan kaki $2: ')
    .replace(/(<li id="endnote-(\d+)">\s*<p>)/g, '$1Catatan akhir $2: ')
    .replace(/<dt id="comment-[^"]*">Comment (\[[^\]]*\])<\/dt>\s*<dd>\s*<p>/g, '<dd><p>Komentar peninjau $1: ');
}
