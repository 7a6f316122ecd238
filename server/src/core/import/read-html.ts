/**
 * HTML documents: as Word saves them ("Web Page", with MsoNormal paragraphs, <o:p>, &nbsp;) and
 * as mammoth converts a .docx. Tables become rows of cells with colspan/rowspan spread over a
 * grid; paragraphs outside tables become one-cell rows. Parsed with node-html-parser.
 */
import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { cleanLines, SourceCell, SourceRow } from './blocks';

const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'ol', 'ul', 'table', 'br', 'section', 'article', 'blockquote', 'pre']);

/** The text of an element with a line break for every paragraph, list item and <br>. */
function linesOf(el: Node): string[] {
  const parts: string[] = [];
  let cur = '';
  let pre = 0;
  const flush = () => {
    parts.push(cur);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === NodeType.TEXT_NODE) {
      // Decoded entities; a line break in the source is a space (Word wraps long lines of its
      // HTML), except in <pre>.
      cur += pre ? n.text : n.text.replace(/[\r\n]+/g, ' ');
      return;
    }
    if (n.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (n as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (tag === 'style' || tag === 'script' || tag === 'head' || tag === 'title') return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'pre') pre++;
    for (const c of n.childNodes) walk(c);
    if (tag === 'pre') pre--;
    if (block) flush();
  };
  walk(el);
  flush();
  return parts.flatMap(cleanLines);
}

function tableRows(table: HTMLElement, index: number): SourceRow[] {
  const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
  const grid: SourceCell[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const td of tr.childNodes) {
      if (!(td instanceof HTMLElement)) continue;
      const tag = td.rawTagName?.toLowerCase();
      if (tag !== 'td' && tag !== 'th') continue;
      while (grid[r][c]) c++;
      const colspan = Math.max(1, Math.min(50, Number(td.getAttribute('colspan')) || 1));
      const rowspan = Math.max(1, Math.min(rows.length - r, Number(td.getAttribute('rowspan')) || 1));
      const nested = td.querySelectorAll('table');
      const lines = linesOf(td);
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { lines } : { lines: [], merged: true };
      c += colspan;
      void nested;
    }
  });
  return grid.map((cells, r) => ({ cells: Array.from(cells, (x) => x ?? { lines: [] }), where: `tabel ${index}, baris ${r + 1}` }));
}

/** Rows of an HTML document in reading order. */
export function readHtml(html: string): SourceRow[] {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const body = root.querySelector('body') ?? root;
  const out: SourceRow[] = [];
  let tables = 0;
  let paras = 0;
  const visit = (n: Node) => {
    if (!(n instanceof HTMLElement)) {
      if (n.nodeType === NodeType.TEXT_NODE) for (const l of cleanLines(n.text.replace(/[\r\n]+/g, ' '))) out.push({ cells: [{ lines: [l] }], where: `paragraf ${++paras}` });
      return;
    }
    const tag = n.rawTagName?.toLowerCase() ?? '';
    if (tag === 'table') {
      out.push(...tableRows(n, ++tables));
      return;
    }
    if (tag === 'style' || tag === 'script' || tag === 'head') return;
    const hasBlockChild = n.childNodes.some((c) => c instanceof HTMLElement && (BLOCK.has(c.rawTagName?.toLowerCase() ?? '') || c.querySelector('table')));
    if (!hasBlockChild || tag === 'p' || /^h\d$/.test(tag) || tag === 'li') {
      if (!n.querySelector('table')) {
        const lines = linesOf(n);
        if (lines.length) out.push({ cells: [{ lines }], where: `paragraf ${++paras}` });
        return;
      }
    }
    for (const c of n.childNodes) visit(c);
  };
  for (const c of body.childNodes) visit(c);
  return out;
}
