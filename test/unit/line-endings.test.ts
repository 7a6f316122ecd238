/** CR-only, CRLF and mixed line breaks through the core: line lengths, positions, kamus codes (issue 11). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/text/line-index';
import { firstLongLine } from '../../server/src/core/text/line-length';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { repoRoot } from '../support/paths';

const kamus = fs.readFileSync(path.join(repoRoot(), 'examples', 'diskominfo.kamus.yaml'), 'utf8');
const variants: [string, (t: string) => string][] = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['CR', (t) => t.replace(/\n/g, '\r')],
  ['mixed', (t) => t.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('').slice(0, -1)],
];

describe('line breaks: LF, CRLF, CR-only and mixed', () => {
  it('firstLongLine counts every kind of line break', () => {
    for (const [name, conv] of variants) {
      const text = conv(`${'a'.repeat(10)}\n${'b'.repeat(30)}\n${'c'.repeat(5)}\n`);
      assert.deepEqual(firstLongLine(text, 20), { line: 1, length: 30 }, name);
      assert.equal(firstLongLine(text, 30), undefined, name);
    }
    assert.equal(firstLongLine('x'.repeat(50), 60), undefined);
    assert.deepEqual(firstLongLine('x'.repeat(50), 40), { line: 0, length: 50 });
  });

  it('LineIndex reports the file\'s line break', () => {
    for (const [name, conv, eol] of [['LF', variants[0][1], '\n'], ['CRLF', variants[1][1], '\r\n'], ['CR', variants[2][1], '\r']] as const) {
      assert.equal(new LineIndex(conv('a\nb\n')).eol, eol, name);
    }
    assert.equal(new LineIndex('no break').eol, '\n');
  });

  it('a kamus gives the same codes, findings and positions whatever its line breaks', () => {
    const base = analyze('file:///ws/k.kamus.yaml', kamus);
    const codes = (t: string) => {
      const k = new KamusIndex();
      k.setText('file:///ws/k.kamus.yaml', t);
      return [...k.all()].map((c) => c.kode).sort();
    };
    for (const [name, conv] of variants) {
      const a = analyze('file:///ws/k.kamus.yaml', conv(kamus));
      assert.deepEqual(a.findings.map((f) => [f.rule, f.range]), base.findings.map((f) => [f.rule, f.range]), name);
      assert.deepEqual(a.kamus?.entries.map((e) => [e.kode?.text, e.range]), base.kamus?.entries.map((e) => [e.kode?.text, e.range]), name);
      assert.deepEqual(codes(conv(kamus)), codes(kamus), name);
    }
  });
});
