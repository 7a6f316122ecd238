import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parseDocument } from 'yaml';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { parseConfig } from '../../server/src/core/config/config';
import { RULE_IDS } from '../../server/src/core/rules';
import { countsOf, example, skj, tempDir } from '../support/cli';

const BAD = example('contoh-dengan-kesalahan-ahli-muda.skj.yaml');

describe('skj check --format github and junit (dist/cli.js)', () => {
  it('github: one workflow annotation per finding, repository-relative path, escaped properties and message', () => {
    const dir = tempDir({ 'dinas, bagian: umum/a.skj.yaml': BAD });
    fs.mkdirSync(path.join(dir, '.git'));
    const r = skj(['check', '.', '--format', 'github'], { cwd: path.join(dir, 'dinas, bagian: umum') });
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, countsOf(['.'], dir).total);
    assert.ok(lines.includes('::error file=dinas%2C bagian%3A umum/a.skj.yaml,line=29,endLine=29,col=14,endColumn=15,title=level-range::Level M.03 harus bilangan bulat 1–5, bukan 7.'), lines.join('\n'));
    assert.ok(lines.some((l) => /^::warning file=.*,title=description-mismatch::/.test(l)));
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]+$/);
    assert.equal(escapeData('100% selesai\r\nbaris 2'), '100%25 selesai%0D%0Abaris 2');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });

  it('junit: well-formed XML, a failing testcase per finding, a passing one per clean file, names escaped', () => {
    const dir = tempDir({ 'R&D <baru>.skj.yaml': BAD, 'bersih.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml') });
    const r = skj(['check', '.', '--format', 'junit'], { cwd: dir });
    const n = String(countsOf(['R&D <baru>.skj.yaml'], dir).total);
    assert.equal(r.status, 1);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: (e) => errors.push(String(e)), fatalError: (e) => errors.push(String(e)) } }).parseFromString(r.stdout, 'text/xml');
    assert.deepEqual(errors, []);
    const suites = Array.from(doc.getElementsByTagName('testsuite'));
    assert.deepEqual(suites.map((s) => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')]).sort(), [
      ['R&D <baru>.skj.yaml', n, n],
      ['bersih.skj.yaml', '1', '0'],
    ]);
    const failures = Array.from(doc.getElementsByTagName('failure'));
    assert.equal(String(failures.length), n);
    const level = failures.find((f) => f.getAttribute('message') === 'Level M.03 harus bilangan bulat 1–5, bukan 7.')!;
    assert.equal(level.getAttribute('type'), 'error');
    assert.equal(level.parentNode && (level.parentNode as Element).getAttribute('name'), 'level-range 29:14');
    assert.equal(doc.documentElement!.getAttribute('failures'), n);
  });
});

describe('skj rules (dist/cli.js)', () => {
  it('lists every rule id the engine reports with severity, title and doc link, in text and JSON', () => {
    const json = JSON.parse(skj(['rules', '--format', 'json']).stdout) as { id: string; severity: string; title: string; doc: string }[];
    assert.deepEqual(json.map((r) => r.id), RULE_IDS);
    for (const r of json) {
      assert.match(r.severity, /^(error|warning|information|hint)$/);
      assert.ok(r.title.length > 5, r.id);
      assert.ok(fs.readFileSync(new URL(r.doc), 'utf8').includes(`\n## ${r.id}\n`), r.doc);
    }
    assert.equal(json.find((r) => r.id === 'level-tier')!.title, 'Level tidak sesuai jenjang jabatan');
    const en = JSON.parse(skj(['rules', '--format', 'json', '--locale', 'en']).stdout) as { id: string; title: string }[];
    assert.equal(en.find((r) => r.id === 'level-tier')!.title, "Level differs from the tier's level");
    const text = skj(['rules']).stdout;
    for (const id of RULE_IDS) assert.match(text, new RegExp(`^${id} +(error|warning|information|hint) +\\S`, 'm'));
    assert.match(skj(['rules'], { env: { LANG: 'en_US.UTF-8' } }).stdout, /^file-too-large +warning +The file is too large/m);
  });
});

describe('skj init (dist/cli.js)', () => {
  it('writes a commented skj.config.yaml that the config model reads without a finding; never overwrites without --force', () => {
    const dir = tempDir({});
    const r = skj(['init'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'ditulis skj.config.yaml\n');
    const text = fs.readFileSync(path.join(dir, 'skj.config.yaml'), 'utf8');
    assert.ok(text.split('\n').filter((l) => l.startsWith('#')).length > 10, 'commented');
    assert.deepEqual(parseConfig(text, 'file:///x/skj.config.yaml', RULE_IDS).findings, []);
    // Every commented example is valid too once uncommented.
    const uncommented = text.replace(/^# (\s*[\w-]+:.*|\s+- .*)$/gm, '$1');
    assert.notEqual(uncommented, text);
    assert.deepEqual(parseConfig(uncommented, 'file:///x/skj.config.yaml', RULE_IDS).findings, []);
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'locale: en\n');
    const again = skj(['init'], { cwd: dir });
    assert.equal(again.status, 1);
    // (in English: the config there now says `locale: en`)
    assert.match(again.stderr, /skj\.config\.yaml already exists; not overwritten \(use --force to overwrite\)/);
    assert.match(skj(['init', '--locale', 'id'], { cwd: dir }).stderr, /skj\.config\.yaml sudah ada; tidak ditimpa \(pakai --force untuk menimpa\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'skj.config.yaml'), 'utf8'), 'locale: en\n');
    assert.equal(skj(['init', '--force', '--locale', 'en'], { cwd: dir }).stdout, 'overwrote skj.config.yaml\n');
    assert.match(fs.readFileSync(path.join(dir, 'skj.config.yaml'), 'utf8'), /^locale: en$/m);
    // The checked folder uses it.
    fs.writeFileSync(path.join(dir, 'a.skj.yaml'), BAD);
    assert.ok(skj(['check', '.'], { cwd: dir }).stdout.includes(`\n1 file checked: ${countsOf(['.'], dir).errors} errors`));
  });

  it('--github writes a workflow that runs skj check; --pre-commit adds a hook entry (new file or existing list)', () => {
    const dir = tempDir({ '.pre-commit-config.yaml': '# hooks kami\nrepos:\n- repo: https://github.com/pre-commit/pre-commit-hooks\n  rev: v4.6.0\n  hooks:\n  - id: trailing-whitespace\n' });
    const r = skj(['init', '--github', '--pre-commit'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const wf = parseDocument(fs.readFileSync(path.join(dir, '.github/workflows/skj.yml'), 'utf8'));
    assert.deepEqual(wf.errors, []);
    const steps = (wf.toJS() as { jobs: { check: { steps: { run?: string }[] } } }).jobs.check.steps;
    assert.ok(steps.some((s) => s.run === 'npx skj check --format github'));
    const pc = fs.readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8');
    assert.ok(pc.startsWith('# hooks kami\nrepos:\n- repo: https://github.com/pre-commit/pre-commit-hooks\n'), 'the existing file is kept as it was');
    const repos = (parseDocument(pc).toJS() as { repos: { repo: string; hooks: { id: string; entry?: string; pass_filenames?: boolean }[] }[] }).repos;
    assert.equal(repos.length, 2);
    assert.deepEqual([repos[1].repo, repos[1].hooks[0].id, repos[1].hooks[0].entry, repos[1].hooks[0].pass_filenames], ['local', 'skj', 'npx skj check', false]);
    // Twice: nothing is added again; the workflow is not overwritten.
    const twice = skj(['init', '--force', '--pre-commit'], { cwd: dir });
    assert.match(twice.stdout, /\.pre-commit-config\.yaml sudah memuat hook skj/);
    assert.equal(fs.readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8'), pc);
    assert.match(skj(['init', '--github'], { cwd: dir }).stderr, /skj\.yml sudah ada/);
    const fresh = tempDir({});
    skj(['init', '--pre-commit'], { cwd: fresh });
    assert.equal((parseDocument(fs.readFileSync(path.join(fresh, '.pre-commit-config.yaml'), 'utf8')).toJS() as { repos: unknown[] }).repos.length, 1);
  });
});
