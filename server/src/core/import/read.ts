/**
 * Reads a .docx (mammoth → HTML, and its page headers and footers), .xlsx (exceljs) or
 * Word-saved .html/.htm into rows.
 */
import { documentKind, ImportError, SourceRow } from './blocks';
import { readHtml } from './read-html';
import { docxPageRows } from './read-page-text';
import { readXlsx } from './read-xlsx';

export async function readDocument(name: string, data: Buffer): Promise<SourceRow[]> {
  const kind = documentKind(name);
  if (!kind) throw new ImportError('bukan dokumen Word (.docx), Excel (.xlsx) atau HTML');
  const zip = data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
  if ((kind === 'docx' || kind === 'xlsx') && !zip) throw new ImportError(kind === 'docx' ? 'berkas .docx ini tidak dapat dibaca (bukan dokumen Word; mungkin .doc lama yang diberi nama .docx)' : 'berkas .xlsx ini tidak dapat dibaca (bukan buku kerja Excel)');
  try {
    if (kind === 'docx') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mammoth = require('mammoth') as typeof import('mammoth');
      const { value } = await mammoth.convertToHtml({ buffer: data }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: false });
      return [...(await docxPageRows(data)), ...readHtml(value)];
    }
    if (kind === 'xlsx') return await readXlsx(data);
    return readHtml(decodeHtml(data));
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`berkas tidak dapat dibaca: ${(e as Error)?.message ?? e}`);
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
