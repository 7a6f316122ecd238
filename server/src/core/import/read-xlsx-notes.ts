/**
 * Cell notes (comments) of an .xlsx: reviewers leave "nama belum final" on a cell, and the import
 * must keep it. exceljs finds a sheet's comments only where Excel puts them (xl/commentsN.xml,
 * linked as ../commentsN.xml) and stops with a TypeError on other valid paths (openpyxl links
 * /xl/comments/comment1.xml). So the notes are read here, from the package itself (jszip and
 * @xmldom/xmldom), and the comment links are taken out of the copy exceljs reads.
 */
import JSZip from 'jszip';
import { cleanLines } from './blocks';
import { parseXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface CellNote {
  /** "C3". */
  ref: string;
  row: number;
  text: string;
}

/** A relationship's target as a package path ("xl/comments/comment1.xml"). */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/**
 * The notes of each sheet (by sheet name), and the package without its comment links (for
 * exceljs). The package is returned as it was when it has no notes.
 */
export async function takeCellNotes(data: Buffer): Promise<{ notes: Map<string, CellNote[]>; data: Buffer }> {
  const notes = new Map<string, CellNote[]>();
  const zip = await JSZip.loadAsync(data);
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? undefined;
  const workbook = await read('xl/workbook.xml');
  const workbookRels = await read('xl/_rels/workbook.xml.rels');
  if (!workbook || !workbookRels) return { notes, data };
  const targets = new Map<string, string>();
  const rels = parseXml(workbookRels).getElementsByTagNameNS(RELS, 'Relationship');
  for (let i = 0; i < rels.length; i++) targets.set(rels[i].getAttribute('Id') ?? '', resolve('xl/workbook.xml', rels[i].getAttribute('Target') ?? ''));
  const sheets = parseXml(workbook).getElementsByTagNameNS(MAIN, 'sheet');
  let changed = false;
  for (let i = 0; i < sheets.length; i++) {
    const name = sheets[i].getAttribute('name') ?? '';
    const rid = sheets[i].getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? '';
    const sheetPart = targets.get(rid);
    if (!sheetPart) continue;
    const relsPart = relsPathOf(sheetPart);
    const relsXml = await read(relsPart);
    if (!relsXml) continue;
    const relsDoc = parseXml(relsXml);
    const list = relsDoc.getElementsByTagNameNS(RELS, 'Relationship');
    const drop: Element[] = [];
    for (let j = 0; j < list.length; j++) {
      if (list[j].getAttribute('Type') !== COMMENTS) continue;
      drop.push(list[j]);
      const xml = await read(resolve(sheetPart, list[j].getAttribute('Target') ?? ''));
      if (!xml) continue;
      const comments = parseXml(xml).getElementsByTagNameNS(MAIN, 'comment');
      for (let k = 0; k < comments.length; k++) {
        const ref = comments[k].getAttribute('ref') ?? '';
        // The note's text runs (<t>), not its phonetic guides (<rPh>).
        const ts = comments[k].getElementsByTagNameNS(MAIN, 't');
        let text = '';
        for (let t = 0; t < ts.length; t++) if ((ts[t].parentNode as Element | null)?.localName !== 'rPh') text += ts[t].textContent ?? '';
        const lines = cleanLines(text);
        if (!lines.length) continue;
        const row = Number(/\d+$/.exec(ref)?.[0] ?? 0);
        (notes.get(name) ?? notes.set(name, []).get(name)!).push({ ref, row, text: lines.join(' / ') });
      }
    }
    if (drop.length) {
      for (const el of drop) el.parentNode?.removeChild(el);
      zip.file(relsPart, relsDoc.toString());
      changed = true;
    }
  }
  return { notes, data: changed ? await zip.generateAsync({ type: 'nodebuffer' }) : data };
}
