import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config/config';
import { complete, CompletionItem, newStandardText } from '../../../server/src/core/features';
import { parseFile } from '../../../server/src/core/parse/parsed-file';
import type { Position } from '../../../server/src/core/types';
import { LineIndex } from '../../../server/src/core/text/line-index';
import { EXAMPLES, exampleKamus, options } from './helpers';

/**
 * Property: accepting any completion item anywhere in real files never breaks the rest of the
 * file. After the edit, every YAML error outside the edited lines was there before (shifted by
 * the lines the edit added), and the edit's range lies within the document.
 */

const kamus = exampleKamus();

function errorsByLine(text: string): Map<number, Set<string>> {
  const f = parseFile('file:///ws/p.skj.yaml', 'skj', text, { chunks: null });
  const out = new Map<number, Set<string>>();
  for (const p of f.problems) {
    if (p.severity !== 'error') continue;
    for (let l = p.range.start.line; l <= p.range.end.line; l++) {
      if (!out.has(l)) out.set(l, new Set());
      out.get(l)!.add(p.code);
    }
  }
  return out;
}

function apply(text: string, idx: LineIndex, item: CompletionItem): { after: string; startLine: number; endLine: number; added: number } {
  const e = item.textEdit!;
  const s = idx.offsetAt(e.range.start);
  const t = idx.offsetAt(e.range.end);
  // Snippet syntax as VS Code would leave it: tab stops become their placeholders.
  let newText = e.newText;
  if (item.insertTextFormat === 'snippet') newText = newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
  const after = text.slice(0, s) + newText + text.slice(t);
  const added = newText.split(/\r?\n/).length - 1 - (e.range.end.line - e.range.start.line);
  return { after, startLine: e.range.start.line, endLine: e.range.end.line, added };
}

function positionsOf(text: string): Position[] {
  const lines = text.split(/\r?\n/);
  const out: Position[] = [];
  lines.forEach((l, line) => {
    const cols = new Set<number>([0, l.length, /^\s*/.exec(l)![0].length]);
    const dash = /^\s*-/.exec(l);
    if (dash) cols.add(dash[0].length).add(Math.min(l.length, dash[0].length + 1));
    const colon = l.indexOf(': ');
    if (colon >= 0) cols.add(colon + 2).add(colon + 1);
    for (const c of cols) out.push({ line, character: c });
  });
  return out;
}

function check(uri: string, text: string, pos: Position): void {
  const analysis = analyze(uri, text, { config: DEFAULT_CONFIG, kamus });
  const before = errorsByLine(text);
  const idx = new LineIndex(text);
  for (const snippets of [false, true]) {
    const items = complete(analysis, pos, options({ kamus, snippets }));
    for (const item of items) {
      const where = `${path.basename(uri)} ${pos.line + 1}:${pos.character + 1} "${item.label}"`;
      const e = item.textEdit;
      assert.ok(e, `${where}: no text edit`);
      for (const p of [e.range.start, e.range.end]) {
        assert.ok(p.line >= 0 && p.line < idx.lineCount && p.character >= 0 && p.character <= idx.lineText(p.line).length, `${where}: edit outside the document`);
      }
      assert.equal(e.range.start.line, pos.line, `${where}: edit on another line`);
      const r = apply(text, idx, item);
      const after = errorsByLine(r.after);
      const lastEdited = r.endLine + r.added;
      for (const [line, codes] of after) {
        if (line >= r.startLine && line <= lastEdited) continue;
        const was = before.get(line > lastEdited ? line - r.added : line) ?? new Set();
        for (const c of codes) assert.ok(was.has(c), `${where}: new ${c} at line ${line + 1}\n${r.after.split('\n').slice(Math.max(0, pos.line - 2), pos.line + 4).join('\n')}`);
      }
    }
  }
}

const files = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ uri: `file:///ws/${f}`, text: fs.readFileSync(path.join(EXAMPLES, f), 'utf8') }));
files.push({ uri: 'file:///ws/ahli-muda-baru.skj.yaml', text: newStandardText('fungsional', 'ahli-muda', { config: DEFAULT_CONFIG }) });
files.push({ uri: 'file:///ws/pengawas-baru.skj.yaml', text: newStandardText('administrasi', 'pengawas', { config: DEFAULT_CONFIG, eol: '\r\n' }) });

describe('completion inserts keep the file parseable (every item, examples and the new-standard template)', () => {
  for (const f of files) {
    it(path.basename(f.uri), function () {
      this.timeout(120000);
      for (const pos of positionsOf(f.text)) check(f.uri, f.text, pos);
    });
  }

  it('a line with a few letters typed anywhere at any indent, then any item accepted there (random)', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: files.length - 1 }), fc.nat(), fc.constantFrom('', 'k', 'ke', 'ind'), fc.nat(12), (fi, li, typed, indent) => {
        const f = files[fi];
        const lines = f.text.split('\n');
        const at = li % lines.length;
        const eolCr = lines[0].endsWith('\r') ? '\r' : '';
        const inserted = ' '.repeat(indent % 2 === 0 ? indent : indent - 1) + typed;
        const text = [...lines.slice(0, at), inserted + eolCr, ...lines.slice(at)].join('\n');
        check(f.uri, text, { line: at, character: inserted.length });
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
