/**
 * Hostile input through the pure core (`analyze`) and the CLI (`dist/cli.js check`): every file
 * gives a clear finding quickly, never an exception, and positions stay right.
 * The same files through the real server: test/robustness/hostile-server.test.ts.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { parseFile } from '../../server/src/core/parse/parsed-file';
import type { Finding } from '../../server/src/core/types';
import { hostileTexts, largeStandard, toCrlf, toMixed, VALID_KAMUS, VALID_SKJ } from '../robustness/hostile-inputs';
import { repoRoot } from '../support/paths';

/** Every range lies inside the text: lines exist, characters within the line. */
export function assertRangesInside(text: string, findings: { range: Finding['range'] }[], label = ''): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${label}: line ${p.line} outside 0..${lines.length - 1}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${label}: character ${p.character} outside line ${p.line} (length ${lines[p.line].length})`);
    }
    assert.ok(f.range.start.line < f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character <= f.range.end.character), `${label}: range ends before it starts`);
  }
}

const key = (f: Finding) => `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`;

describe('hostile input through the core (analyze)', () => {
  for (const h of hostileTexts()) {
    for (const uri of ['file:///ws/hostile.skj.yaml', 'file:///ws/hostile.kamus.yaml']) {
      it(`${h.name} (${uri.endsWith('kamus.yaml') ? 'kamus' : 'standard'}): a clear finding within a second, never a throw`, () => {
        const t0 = Date.now();
        const a = analyze(uri, h.text);
        const ms = Date.now() - t0;
        // 350,000 flow items in 1 MB take the yaml parser ~3 s (linear, ~6 µs per item): a known cost.
        assert.ok(ms < (h.slowMs ?? 1500), `took ${ms} ms`);
        assertRangesInside(h.text, a.findings, h.name);
        assert.ok(!a.findings.some((f) => /internal error/.test(f.message)), `a rule threw: ${a.findings.map((f) => f.message).join(' | ')}`);
        if (uri.endsWith('skj.yaml') && h.expect.length) {
          assert.ok(a.findings.some((f) => h.expect.includes(f.rule)), `expected one of ${h.expect.join(', ')}; got ${[...new Set(a.findings.map((f) => f.rule))].join(', ') || 'nothing'}`);
          if (h.message) assert.ok(a.findings.some((f) => h.expect.includes(f.rule) && h.message!.test(f.message)), `no finding matching ${h.message}: ${a.findings.map((f) => f.message).slice(0, 5).join(' | ')}`);
        }
        // Bounded output: a hostile file must not produce an avalanche of findings.
        assert.ok(a.findings.length < 5000, `${a.findings.length} findings`);
      });
    }
  }

  it('20,000-deep nesting is refused before the recursive composer, with the place it gets too deep', () => {
    const f = parseFile('file:///x.skj.yaml', 'skj', 'a: ' + '['.repeat(20000));
    const p = f.problems.find((x) => x.code === 'NESTING_TOO_DEEP');
    assert.ok(p, JSON.stringify(f.problems));
    // The root map is level 1, the first '[' (offset 3) level 2: the 100th '[' is one too deep.
    assert.deepEqual(p.range.start, { line: 0, character: 3 + 99 });
    assert.equal(f.doc.contents, null);
    // Real files (about ten levels) are untouched.
    assert.deepEqual(parseFile('file:///x.skj.yaml', 'skj', VALID_SKJ()).problems, []);
    assert.deepEqual(parseFile('file:///x.kamus.yaml', 'kamus', VALID_KAMUS()).problems, []);
  });

  it('YAML tags never execute anything', () => {
    const g = globalThis as { __skjPwned?: number };
    delete g.__skjPwned;
    const texts = [
      'jabatan: !!js/function "function () { globalThis.__skjPwned = 1; return 1 }"\n',
      'jabatan: !!js/function >\n  function () { globalThis.__skjPwned = 2 }\n',
      'jabatan: !!js/undefined x\nb: !!js/regexp /x/\nc: !!python/object/apply:os.system ["touch /tmp/skj-pwned"]\n',
      'jabatan: !<tag:yaml.org,2002:js/function> "function () { globalThis.__skjPwned = 3 }"\n',
    ];
    for (const t of texts) {
      const a = analyze('file:///x.skj.yaml', t);
      assert.ok(a.findings.some((f) => f.rule === 'yaml-syntax' && /[Tt]ag/.test(f.message)), t);
      assert.equal(JSON.stringify(a.skj ?? {}).includes('function'), JSON.stringify(a.skj ?? {}).includes('function'));
    }
    assert.equal(g.__skjPwned, undefined);
    assert.ok(!fs.existsSync('/tmp/skj-pwned'));
  });

  it('a finding on a CRLF, a mixed-line-ending and a BOM file has the same range as on the LF file', () => {
    const lf = VALID_SKJ().replace('- kode: M.08', '- kode: M.09').replace('pangkat: Penata Tingkat I (III/d)', 'pangkat: Penata (III/d)').replace('level: 2', 'level: 7');
    const base = analyze('file:///x.skj.yaml', lf).findings;
    assert.ok(base.length >= 3);
    for (const [name, text] of [
      ['CRLF', toCrlf(lf)],
      ['mixed', toMixed(lf)],
      ['CR only', lf.replace(/\n/g, '\r')],
    ] as const) {
      const got = analyze('file:///x.skj.yaml', text).findings;
      assert.deepEqual(got.map(key), base.map(key), name);
    }
    // A BOM is one character before line 0's text: lines below are unchanged.
    const bom = analyze('file:///x.skj.yaml', '\uFEFF' + lf).findings;
    assert.deepEqual(bom.filter((f) => f.range.start.line > 0).map(key), base.filter((f) => f.range.start.line > 0).map(key));
    assert.ok(!bom.some((f) => f.rule === 'yaml-syntax'), 'a BOM is not a syntax error');
  });

  it('the quick fixes on a CRLF file edit the same ranges as on the LF file and keep CRLF', () => {
    const lf = VALID_SKJ().replace('- kode: M.08', '- kode: M.09').replace('level: 2', 'level: 7');
    const fixes = (t: string) => analyze('file:///x.skj.yaml', t).findings.flatMap((f) => (f.fixes ?? []).map((x) => ({ title: x.title, edits: x.edits })));
    const a = fixes(lf);
    const b = fixes(toCrlf(lf));
    assert.ok(a.length > 0);
    assert.deepEqual(b.map((x) => x.edits.map((e) => e.range)), a.map((x) => x.edits.map((e) => e.range)));
    for (const x of b) for (const e of x.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), `LF inserted into a CRLF file: ${JSON.stringify(e.newText)}`);
  });

  it('a 12 MB standard through the core does not throw (the server refuses it live; skj check reads it)', function () {
    this.timeout(120000);
    // Not through every rule: the size limit itself is tested on the server and the CLI below.
    const text = largeStandard(12 * 1024 * 1024);
    const f = parseFile('file:///x.skj.yaml', 'skj', text);
    assert.deepEqual(f.problems, []);
  });
});

describe('hostile input through the CLI (skj check)', () => {
  const cli = path.join(repoRoot(), 'dist', 'cli.js');
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-hostile-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });

  it('a file with invalid UTF-8 bytes: a yaml-syntax finding at the first bad byte, the rest still checked', () => {
    const file = path.join(dir, 'latin1.skj.yaml');
    const skj = VALID_SKJ();
    const i = skj.indexOf('Kepala Subbagian');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(skj.slice(0, i)), Buffer.from([0xc9]), Buffer.from(skj.slice(i))]));
    const r = run(file);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { rule: string; message: string; range: Finding['range'] }[];
    const enc = out.find((f) => /UTF-8/.test(f.message));
    assert.ok(enc, r.stdout);
    assert.equal(enc.rule, 'yaml-syntax');
    const line = skj.slice(0, i).split('\n').length - 1;
    assert.deepEqual(enc.range.start, { line, character: i - skj.lastIndexOf('\n', i) - 1 });
    assert.equal(r.stderr, '');
  });

  it('binary, NUL and empty files: findings, exit code 1, no crash', () => {
    const files = {
      'bin.skj.yaml': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256)),
      'nul.skj.yaml': Buffer.from('jabatan:\n  nama: a\0b\n\0\0'),
      'empty.skj.yaml': Buffer.alloc(0),
      'deep.kamus.yaml': Buffer.from('kamus: ' + '['.repeat(20000)),
      'bomb.skj.yaml': Buffer.from(hostileTexts()[0].text),
    };
    for (const [name, buf] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), buf);
    const t0 = Date.now();
    const r = run(...Object.keys(files).map((n) => path.join(dir, n)));
    assert.ok(Date.now() - t0 < 10000);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as { file: string }[];
    for (const n of Object.keys(files)) assert.ok(out.some((f) => f.file.endsWith(n)), `no finding for ${n}`);
  });

  it('a 12 MB file is checked (or reported) without crashing', function () {
    this.timeout(60000);
    // Large but cheap to check: a valid standard followed by 12 MB of comments. In a folder of its
    // own: a file checked alone is compared with the standards beside it (duplicate-job-code), and
    // the other hostile files here are copies of the same standard.
    const file = path.join(dir, 'alone', 'big.skj.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const comment = '# ' + 'x'.repeat(1000) + '\n';
    fs.writeFileSync(file, VALID_SKJ() + comment.repeat(Math.ceil((12 * 1024 * 1024) / comment.length)));
    const r = run(file);
    assert.equal(r.status, 0, r.stderr + r.stdout.slice(0, 500));
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('stops quietly when its reader goes away (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check --format json "${path.join(repoRoot(), 'examples')}" "${path.join(dir, 'bin.skj.yaml')}" | head -c 1`], { encoding: 'utf8', timeout: 30000 });
    assert.equal(r.stderr, '');
  });
});
