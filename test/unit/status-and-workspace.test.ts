/**
 * The status block (completion, hover, status-lifecycle over scalar styles and line endings), the
 * standards index and the cross-standard rules: the server's path (analyze with a StandardsView)
 * and the CLI's (crossStandardFindings after the batch) give the same findings.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { isRealIsoDate } from '../../server/src/core/domain/lifecycle';
import { complete, hover } from '../../server/src/core/features';
import { buildSkjModel } from '../../server/src/core/model/skj-model';
import { parseFile } from '../../server/src/core/parse/parsed-file';
import { RULES } from '../../server/src/core/rules';
import { crossStandardFindings } from '../../server/src/core/rules/cross-standard';
import { findSuppressions } from '../../server/src/core/suppress';
import { StandardsIndex, summarizeStandard, summarizeText } from '../../server/src/core/workspace/standards-index';
import { repoRoot } from '../support/paths';
import { example, setup } from './features/helpers';

const BASE = example('kasubbag-umum-pengawas.skj.yaml').replace(/\nstatus:[\s\S]*$/, '\n');
const CROSS = ['duplicate-job-code', 'duplicate-position', 'sibling-levels'];

describe('status block', () => {
  it('isRealIsoDate knows the calendar', () => {
    assert.deepEqual(['2024-02-29', '2023-02-29', '2024-13-01', '2024-04-31', '2024-12-31', '24-01-01', '2024-1-01'].map(isRealIsoDate), [true, false, false, false, true, false, false]);
  });

  const lifecycle = (status: string, eol = '\n') => {
    const text = (BASE + status).replace(/\r?\n/g, eol);
    return analyze('file:///ws/a.skj.yaml', text).findings.filter((f) => f.rule.startsWith('status') || f.rule === 'schema');
  };

  for (const [style, value] of [
    ['plain', '2024-02-30'],
    ['single', "'2024-02-30'"],
    ['double', '"2024-02-30"'],
    ['folded', '>-\n        2024-02-30'],
    ['literal', '|-\n        2024-02-30'],
    ['flow', undefined],
  ] as const) {
    for (const eol of ['\n', '\r\n']) {
      it(`an impossible date is reported on its value (${style}, ${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const block =
          value === undefined
            ? 'status:\n  tahap: draf  # komentar\n  riwayat:\n    - {tahap: draf, oleh: Tim, tanggal: 2024-02-30}\n'
            : `status:\n  tahap: draf  # komentar\n  riwayat:\n    - tahap: draf\n      oleh: Tim Penyusun   # siapa\n      tanggal: ${value}\n`;
        const f = lifecycle(block, eol);
        assert.deepEqual(f.map((x) => x.rule), ['status-lifecycle'], JSON.stringify(f));
        const line = BASE.split('\n').length - 1 + 3 + (value === undefined ? 0 : 2);
        assert.equal(f[0].range.start.line, line);
        assert.match(f[0].message, /2024-02-30/);
      });
    }
  }

  it('reports a step taken back, a skipped step, a date going back and a current step that is not the last', () => {
    const f = lifecycle(
      'status:\n  tahap: diusulkan\n  riwayat:\n    - {tahap: draf, oleh: Tim, tanggal: 2024-01-10}\n    - {tahap: divalidasi, oleh: Tim, tanggal: 2024-01-20}\n    - {tahap: dikonfirmasi, oleh: Kabag, tanggal: 2024-01-05}\n',
    );
    assert.deepEqual(
      f.filter((x) => x.rule === 'status-lifecycle').map((x) => x.message.replace(/;.*/, '')),
      ['Tahap saat ini diusulkan, tetapi riwayat terakhir mencatat dikonfirmasi', 'Tahap divalidasi dicatat tanpa tahap dikonfirmasi sebelumnya', 'Tahap dikonfirmasi dicatat setelah divalidasi', 'Tanggal 2024-01-05 lebih awal daripada tahap sebelumnya (divalidasi, 2024-01-20).'],
    );
    assert.equal(f[0].fixes?.[0].edits[0].newText, 'dikonfirmasi');
  });

  it('a standard past draf with errors draws status-with-errors (errors suppressed in place do not count)', () => {
    const bad = BASE.replace('level: 2', 'level: 9');
    const withStatus = (t: string) => analyze('file:///ws/a.skj.yaml', bad + `status:\n  tahap: ${t}\n`).findings.map((f) => f.rule);
    assert.ok(withStatus('divalidasi').includes('status-with-errors'));
    assert.ok(!withStatus('draf').includes('status-with-errors'));
    const suppressed = BASE.replace('level: 2', 'level: 9  # skj-disable-line level-range');
    assert.deepEqual(analyze('file:///ws/a.skj.yaml', suppressed + 'status:\n  tahap: ditetapkan\n').findings.map((f) => f.rule), []);
  });

  it('completes the status keys, the steps (the next one preselected in the history) and today for a date', () => {
    const labels = (t: string) => {
      const s = setup(t);
      return complete(s.analysis, s.position, s.opts);
    };
    assert.ok(labels(BASE + 'st|').some((c) => c.label === 'status'));
    assert.deepEqual(labels(BASE + 'status:\n  |').map((c) => c.label).sort(), ['riwayat', 'tahap', 'unit_kerja']);
    assert.deepEqual(labels(BASE + 'status:\n  tahap: |').map((c) => c.label), ['draf', 'dikonfirmasi', 'divalidasi', 'diusulkan', 'ditetapkan']);
    const next = labels(BASE + 'status:\n  tahap: dikonfirmasi\n  riwayat:\n    - tahap: |');
    assert.equal(next.find((c) => c.preselect)?.label, 'divalidasi');
    const date = labels(BASE + 'status:\n  tahap: draf\n  riwayat:\n    - tahap: draf\n      tanggal: |');
    assert.match(date[0].label, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(isRealIsoDate(date[0].label));
  });

  it('hover on a step explains it and lists the history', () => {
    const s = setup(BASE + 'status:\n  tahap: dikon|firmasi\n  unit_kerja: Bagian Umum\n  riwayat:\n    - {tahap: draf, oleh: Tim Penyusun, tanggal: 2024-01-10}\n    - {tahap: dikonfirmasi, oleh: Kepala Bagian Umum, tanggal: 2024-02-01}\n');
    const h = hover(s.analysis, s.position, s.opts)!;
    assert.match(h.contents, /atasan pemegang jabatan/);
    assert.match(h.contents, /2024-02-01 · Dikonfirmasi · Kepala Bagian Umum/);
    assert.match(h.contents, /Bagian Umum/);
  });
});

describe('standards index and cross-standard rules', () => {
  it('bumps its version for a changed code or unit, not for moved lines', () => {
    const idx = new StandardsIndex();
    idx.set(summarizeText('file:///a.skj.yaml', BASE));
    const v = idx.version;
    idx.set(summarizeText('file:///a.skj.yaml', '# a comment moves every line\n' + BASE));
    assert.equal(idx.version, v);
    idx.set(summarizeText('file:///a.skj.yaml', BASE.replace('205010000021', '205010000022')));
    assert.equal(idx.version, v + 1);
    assert.deepEqual(idx.withKode('205010000022').map((s) => s.uri), ['file:///a.skj.yaml']);
  });

  it('the CLI path (crossStandardFindings after the batch) equals the server path (analyze with the index) on the golden workspace', () => {
    const dir = path.join(repoRoot(), 'test', 'golden', 'rules', 'workspace-unit');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.skj.yaml'));
    const texts = files.map((f) => [pathToFileURL(path.join(dir, f)).href, fs.readFileSync(path.join(dir, f), 'utf8')] as const);
    const index = new StandardsIndex();
    for (const [uri, text] of texts) index.set(summarizeText(uri, text));
    let compared = 0;
    for (const [uri, text] of texts) {
      const server = analyze(uri, text, { standards: index }).findings.filter((f) => CROSS.includes(f.rule));
      const file = parseFile(uri, 'skj', text);
      const cli = crossStandardFindings(RULES, summarizeStandard(file, buildSkjModel(file)), index, DEFAULT_CONFIG, 'id', findSuppressions(file));
      assert.deepEqual(cli, server, uri);
      compared += cli.length;
    }
    assert.ok(compared >= 6, `only ${compared} cross-standard findings`);
  });

  it('a `# skj-disable-line duplicate-job-code` silences it in both paths; a rule set off draws nothing', () => {
    const a = BASE.replace('kode: "205010000021"', 'kode: "205010000021"  # skj-disable-line duplicate-job-code');
    const index = new StandardsIndex();
    index.set(summarizeText('file:///a.skj.yaml', a));
    index.set(summarizeText('file:///b.skj.yaml', BASE));
    assert.ok(!analyze('file:///a.skj.yaml', a, { standards: index }).findings.some((f) => f.rule === 'duplicate-job-code'));
    assert.ok(analyze('file:///b.skj.yaml', BASE, { standards: index }).findings.some((f) => f.rule === 'duplicate-job-code'));
    const off = { ...DEFAULT_CONFIG, rules: { 'duplicate-job-code': 'off' as const } };
    assert.deepEqual(crossStandardFindings(RULES, index.get('file:///b.skj.yaml')!, index, off, 'id'), []);
    // English messages
    const en = crossStandardFindings(RULES, index.get('file:///b.skj.yaml')!, index, DEFAULT_CONFIG, 'en');
    assert.match(en[0].message, /^The job code 205010000021 is also used by "Kepala Subbagian Umum dan Kepegawaian" \(a\.skj\.yaml\)/);
  });

  it('a hundred copies link at most ten others from each finding', () => {
    const index = new StandardsIndex();
    for (let i = 0; i < 100; i++) index.set(summarizeText(`file:///c${i}.skj.yaml`, BASE));
    const f = crossStandardFindings(RULES, index.get('file:///c0.skj.yaml')!, index, DEFAULT_CONFIG, 'id');
    assert.deepEqual(f.map((x) => x.rule), ['duplicate-job-code']);
    assert.equal(f[0].related?.length, 10);
    assert.match(f[0].message, /dan 98 standar lain/);
  });
});
