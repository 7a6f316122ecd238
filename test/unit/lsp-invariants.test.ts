/**
 * Every answer of every feature satisfies the LSP's invariants (test/support/lsp-invariants.ts)
 * on every example and golden fixture as it is typed — each line's prefix, and character by
 * character over the last characters of each line — and at every position of the full files
 * (completion at every 16th position and every line end: it is the costly feature).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { fileKindOf, Position } from '../../server/src/core/types';
import { checkAnswers } from '../support/lsp-invariants';
import { repoRoot } from '../support/paths';
import { exampleKamus, options } from './features/helpers';

function fixtures(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(skj|kamus)\.yaml$/.test(e.name)) out.push({ name: path.relative(repoRoot(), p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  for (const d of ['examples', 'test/golden/rules', 'test/golden/fixes']) walk(path.join(repoRoot(), d));
  return out;
}

/** The ends of the prefixes a typist goes through: each line's end, and the last `tail` characters of each line one by one. */
function prefixEnds(text: string, tail: number): number[] {
  const ends = new Set<number>();
  const re = /\r\n|\n|\r|$/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = Math.max(start, m.index - tail); i <= m.index; i++) ends.add(i);
    if (m[0] === '') break;
    start = m.index + m[0].length;
    ends.add(start);
  }
  return [...ends].sort((a, b) => a - b);
}

const uriOf = (name: string) => `file:///ws/${path.basename(name)}`;

describe('LSP invariants of every answer', function () {
  this.timeout(300000);
  const kamus = exampleKamus();
  const opts = options({ kamus });
  const files = fixtures();

  it('has fixtures', () => assert.ok(files.length > 20, `${files.length}`));

  it('at every prefix of every example and golden fixture (typed line by line, the end of each line character by character)', () => {
    const violations: string[] = [];
    for (const f of files) {
      const uri = uriOf(f.name);
      // The examples as typed to the last characters of each line; the golden fixtures (mostly
      // variants of the examples) at every other line's end. Keeps the test under a minute.
      const example = f.name.startsWith('examples');
      const ends = example ? prefixEnds(f.text, 2) : prefixEnds(f.text, 0).filter((_, i) => i % 2 === 0);
      for (const end of ends) {
        const text = f.text.slice(0, end);
        const analysis = analyze(uri, text, { kamus, kind: fileKindOf(uri) === 'kamus' ? 'kamus' : 'skj' });
        const cursor: Position = analysis.file.lines.positionAt(text.length);
        violations.push(...checkAnswers(analysis, opts, kamus, [cursor], `${f.name} prefix ${end}`));
        if (violations.length > 20) break;
      }
      if (violations.length > 20) break;
    }
    assert.deepEqual(violations, []);
  });

  it('at every position of the full files (hover, completion, definition, selection ranges)', () => {
    const violations: string[] = [];
    for (const f of files) {
      const uri = uriOf(f.name);
      for (const text of f.name.startsWith('examples') ? [f.text, f.text.replace(/\n/g, '\r\n')] : [f.text]) {
        const analysis = analyze(uri, text, { kamus, kind: fileKindOf(uri) === 'kamus' ? 'kamus' : 'skj' });
        const positions: Position[] = [];
        for (let o = 0; o <= text.length; o++) if (text[o - 1] !== '\r' || text[o] !== '\n') positions.push(analysis.file.lines.positionAt(o));
        violations.push(...checkAnswers(analysis, opts, kamus, positions, `${f.name}${text.includes('\r') ? ' (CRLF)' : ''}`, 16));
      }
    }
    assert.deepEqual(violations, []);
  });

  it('documentSymbol while typing: a file ending in `    - kode: ` under `manajerial:`, and indentation errors', () => {
    const base = 'jabatan:\n  nama: Analis\n  kelompok: fungsional\n  jenjang: ahli-muda\nkompetensi:\n  manajerial:\n';
    const texts = [`${base}    - kode: `, `${base}    - kode: M.01\n      level: 2\n    - kode: `, `${base}    - kode: M.01\n     level: 2\n   - kode: M.02\n`, `${base}    - kode: M.01\n        level: 2\n  sosial_kultural:\n   - kode: SK.01\n`];
    const violations = texts.flatMap((t, i) => {
      const analysis = analyze('file:///ws/typing.skj.yaml', t, { kamus });
      return checkAnswers(analysis, opts, kamus, [analysis.file.lines.positionAt(t.length)], `case ${i}`);
    });
    assert.deepEqual(violations, []);
  });
});
