import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import type * as Sarif from 'sarif';
import { RULE_IDS } from '../../server/src/core/rules';
import { fileUri, relativeUri } from '../../server/src/cli/format/uri';
import { example, skj, tempDir } from '../support/cli';
import { repoRoot } from '../support/paths';

const SCHEMA = path.join(repoRoot(), 'test/fixtures/sarif/sarif-schema-2.1.0.json');
const GOLDEN_IN = path.join(repoRoot(), 'test/golden/cli');
const GOLDEN = path.join(repoRoot(), 'test/fixtures/sarif/golden.sarif');

/** The official OASIS schema (draft-04), with its three formats checked. */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

function sarifOf(args: string[], cwd: string): Sarif.Log {
  const r = skj(['check', ...args, '--format', 'sarif'], { cwd });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as Sarif.Log;
}

/** A repository (a folder with .git) with the golden files under standar/. */
function repo(): string {
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(GOLDEN_IN)) files[`standar/${f}`] = fs.readFileSync(path.join(GOLDEN_IN, f), 'utf8');
  const dir = tempDir(files, 'skj-sarif-');
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

describe('skj check --format sarif (dist/cli.js)', () => {
  it('is valid against the official SARIF 2.1.0 schema (ajv)', () => {
    const validate = validator();
    for (const [args, cwd] of [[['.'], repo()], [['examples'], repoRoot()], [['-', '--stdin-filename', 'x.skj.yaml'], repoRoot()]] as const) {
      const log = sarifOf([...args], cwd);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    }
    // It can fail: a result without a message is refused.
    const log = sarifOf(['.'], repo());
    delete (log.runs[0].results![0] as Partial<Sarif.Result>).message;
    assert.equal(validate(log), false);
  });

  it('equals the golden SARIF file (root and version normalised)', () => {
    const dir = repo();
    const text = skj(['check', 'standar', '--format', 'sarif'], { cwd: dir }).stdout;
    const docs = pathToFileURL(path.join(repoRoot(), 'docs', 'rules.md')).href;
    const log = JSON.parse(text.split(fileUri(dir)).join('file:///REPO').split(docs).join('file:///SKJ/docs/rules.md')) as Sarif.Log;
    // docs/rules.md's sections (help) are compared with the docs in the next test, not frozen here.
    log.runs[0].tool.driver.semanticVersion = 'X';
    for (const r of log.runs[0].tool.driver.rules!) r.help = { text: '(docs/rules.md)', markdown: `(docs/rules.md#${r.id})` };
    const normal = JSON.stringify(log, null, 2) + '\n';
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, normal);
    assert.equal(normal, fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('paths are relative to the repository root (%SRCROOT%), also when run from a subfolder', () => {
    const dir = repo();
    const log = sarifOf(['.'], path.join(dir, 'standar'));
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds!['%SRCROOT%'].uri, fileUri(dir) + '/');
    const uris = new Set(run.results!.map((r) => r.locations![0].physicalLocation!.artifactLocation!));
    for (const u of uris) assert.equal(u.uriBaseId, '%SRCROOT%');
    assert.ok([...uris].some((u) => u.uri === 'standar/contoh%20dengan%20spasi.skj.yaml'), JSON.stringify([...uris]));
    assert.ok([...uris].some((u) => u.uri === 'standar/teknis.skj.yaml'));
    // --sarif-root names another root.
    const other = sarifOf(['.', '--sarif-root', '.'], path.join(dir, 'standar'));
    assert.ok(other.runs[0].results!.some((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'teknis.skj.yaml'));
    // Without a git repository: the current folder.
    const plain = tempDir({ 'a.skj.yaml': example('contoh-dengan-kesalahan-ahli-muda.skj.yaml') });
    assert.equal(sarifOf(['.'], plain).runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri, 'a.skj.yaml');
  });

  it('lists every rule with short and full descriptions, help from docs/rules.md and a helpUri that resolves', () => {
    const log = sarifOf(['.'], repo());
    const rules = log.runs[0].tool.driver.rules!;
    assert.deepEqual(rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
    const doc = fs.readFileSync(path.join(repoRoot(), 'docs/rules.md'), 'utf8');
    for (const r of rules) {
      assert.ok(r.shortDescription?.text, r.id);
      assert.ok(r.fullDescription?.text, r.id);
      assert.ok(r.help?.markdown && r.help.text, r.id);
      const section = doc.split(`\n## ${r.id}\n`)[1].split('\n## ')[0].trim();
      assert.ok(r.help.markdown.includes(section.split('\n')[0]), `${r.id}: help from its docs section`);
      const url = new URL(r.helpUri!);
      assert.equal(url.hash, `#${r.id}`);
      const file = fs.readFileSync(fileURLToPath(url), 'utf8');
      assert.match(file, new RegExp(`^## ${r.id}$`, 'm'), `${r.helpUri} resolves to its heading`);
    }
    for (const res of log.runs[0].results!) assert.equal(rules[res.ruleIndex!].id, res.ruleId);
    const based = sarifOf(['.', '--rules-doc-url', 'https://intranet.example.go.id/skj/rules.html'], repo());
    assert.equal(based.runs[0].tool.driver.rules![0].helpUri, 'https://intranet.example.go.id/skj/rules.html#yaml-syntax');
    // In English, the full description is the docs' "fires when".
    const en = sarifOf(['.', '--locale', 'en'], repo()).runs[0].tool.driver.rules!.find((r) => r.id === 'level-range')!;
    assert.equal(en.fullDescription!.text, `${en.shortDescription!.text}: a level is not an integer 1..5.`);
  });

  it('partialFingerprints are stable across runs and when lines move, distinct per finding', () => {
    const dir = repo();
    const prints = () =>
      sarifOf(['.'], dir)
        .runs[0].results!.map((r) => `${r.locations![0].physicalLocation!.artifactLocation!.uri} ${r.ruleId} ${r.partialFingerprints!['skjFinding/v1']}`)
        .sort();
    const first = prints();
    assert.deepEqual(prints(), first);
    assert.equal(new Set(first).size, first.length, 'one fingerprint per finding');
    const f = path.join(dir, 'standar', 'contoh dengan spasi.skj.yaml');
    fs.writeFileSync(f, '# catatan baru\n# dan satu lagi\n' + fs.readFileSync(f, 'utf8'));
    const moved = sarifOf(['.'], dir);
    assert.ok(moved.runs[0].results!.some((r) => r.ruleId === 'level-range' && r.locations![0].physicalLocation!.region!.startLine === 31), 'lines did move');
    assert.deepEqual(prints(), first);
    // A different finding text changes its fingerprint.
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('level: 7', 'level: 8'));
    assert.notDeepEqual(prints(), first);
  });

  it('file URIs are right on Windows too (path.win32): no file://C%3A/', () => {
    const w = path.win32;
    assert.equal(fileUri('C:\\Users\\Ana Maria\\skj\\a.skj.yaml', w), 'file:///C:/Users/Ana%20Maria/skj/a.skj.yaml');
    assert.equal(fileUri('c:\\repo', w) + '/', 'file:///C:/repo/');
    assert.equal(fileUri('\\\\server\\share\\dinas\\a.skj.yaml', w), 'file://server/share/dinas/a.skj.yaml');
    assert.equal(relativeUri('C:\\repo', 'C:\\repo\\standar\\R&D #1.skj.yaml', w), 'standar/R%26D%20%231.skj.yaml');
    assert.equal(relativeUri('C:\\repo', 'D:\\other\\a.skj.yaml', w), undefined);
    assert.doesNotMatch(fileUri('C:\\x', w), /%3A/i);
    // And on POSIX the same as Node's pathToFileURL.
    assert.equal(fileURLToPath(fileUri('/home/ana/R&D #1/a b.skj.yaml', path.posix)), '/home/ana/R&D #1/a b.skj.yaml');
  });
});
