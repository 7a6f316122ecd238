/**
 * One answer in the editor and on the command line: `skj check` (dist/cli.js) and the server's
 * workspace diagnostics on the same workspaces must give identical findings for every file —
 * nested configs, kamus outside the standard's folder (also through a config glob), .skjignore
 * and the config's ignore:, dot-folders and node_modules. Also `skj check FILE` alone gives the
 * same answer as the whole folder.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { kamusText, standardText, tempDir } from '../support/workspace';

const CLI = path.join(repoRoot(), 'dist', 'cli.js');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

type Key = string;
const key = (rule: string, severity: string, range: Diagnostic['range'], message: string): Key =>
  `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${rule} ${message}`;

function cliFindings(args: string[], cwd: string): Map<string, Key[]> {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  const out = new Map<string, Key[]>();
  for (const f of JSON.parse(r.stdout) as { file: string; rule: string; severity: string; message: string; range: Diagnostic['range'] }[]) {
    const file = path.resolve(cwd, f.file);
    out.set(file, [...(out.get(file) ?? []), key(f.rule, f.severity, f.range, f.message)]);
  }
  return out;
}

async function serverFindings(root: string): Promise<Map<string, Key[]>> {
  const client = new TestClient({ rootUri: pathToFileURL(root).href, pull: true });
  await client.initialize();
  const r = await client.request<{ items: { uri: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
  await client.shutdown();
  const out = new Map<string, Key[]>();
  for (const i of r.items) if (i.items?.length) out.set(fileURLToPath(i.uri), i.items.map((d) => key(String(d.code), SEVERITY[d.severity ?? 1], d.range, String(d.message))));
  return out;
}

const sorted = (m: Map<string, Key[]>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

describe('parity: skj check and the server give the same findings per file', function () {
  this.timeout(60000);
  let root: string;
  before(() => {
    root = tempDir('skj-parity-');
    const bad = standardText('KT.NONE.01', 0); // technical-unknown everywhere it is checked
    write(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'skj.config.yaml': 'rules:\n  technical-unknown: error\nignore:\n  - arsip/\n',
      '.skjignore': '# drafts are not checked\ndraf/\n',
      'kamus/k0.kamus.yaml': kamusText('KT.TIK.03'),
      'bersama/kode-b.yaml': kamusText('KT.B.01'), // not *.kamus.yaml: only through a glob
      'std/a.skj.yaml': standardText('KT.TIK.03', 1),
      'std/b.skj.yaml': standardText('KT.B.01', 2),
      'std/c.skj.yaml': bad,
      'unit/skj.config.yaml': 'rules:\n  technical-unknown: off\n  level-tier: information\nkamus:\n  - ../bersama/*.yaml\nwarna: biru\n',
      'unit/d.skj.yaml': standardText('KT.B.01', 3),
      'unit/e.skj.yaml': bad,
      'unit/dalam/f.skj.yaml': bad.replace('level: 3', 'level: 5'),
      'arsip/g.skj.yaml': bad,
      'draf/h.skj.yaml': bad,
      '.tersembunyi/i.skj.yaml': bad,
      'node_modules/j.skj.yaml': bad,
      'unit/broken.skj.yaml': 'jabatan:\n  nama: [tidak ditutup\n',
      'kamus/broken.kamus.yaml': 'kamus:\n  kompetensi:\n    - kode: KT.X.01\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the whole folder: identical findings for every file, ignored and hidden files in neither', async () => {
    const cli = sorted(cliFindings(['.'], root));
    const server = sorted(await serverFindings(root));
    assert.deepEqual([...server.keys()], [...cli.keys()]);
    for (const [file, want] of cli) assert.deepEqual(server.get(file), want, file);
    for (const hidden of ['arsip/g.skj.yaml', 'draf/h.skj.yaml', '.tersembunyi/i.skj.yaml', 'node_modules/j.skj.yaml']) assert.ok(!cli.has(path.join(root, hidden)), hidden);
    assert.ok(cli.get(path.join(root, 'unit/skj.config.yaml'))?.some((k) => /warna/.test(k)), 'the nested config\'s own problem');
    assert.ok(cli.get(path.join(root, 'std/c.skj.yaml'))?.some((k) => / error technical-unknown /.test(k)));
    assert.ok(!cli.get(path.join(root, 'unit/e.skj.yaml'))?.some((k) => /technical-unknown/.test(k)), 'the nested config judges unit/');
    assert.ok(!cli.get(path.join(root, 'unit/d.skj.yaml'))?.some((k) => /technical-unknown/.test(k)));
  });

  it('one file checked alone gives the same answer as in the workspace', async () => {
    const whole = cliFindings(['.'], root);
    for (const rel of ['std/a.skj.yaml', 'std/b.skj.yaml', 'unit/d.skj.yaml', 'unit/dalam/f.skj.yaml']) {
      const alone = cliFindings([rel], root);
      assert.deepEqual([...(alone.get(path.join(root, rel)) ?? [])].sort(), [...(whole.get(path.join(root, rel)) ?? [])].sort(), rel);
    }
    // The repository's own example: its technical code is defined in the kamus beside it.
    const ex = spawnSync(process.execPath, [CLI, 'check', 'examples/pranata-komputer-ahli-pertama.skj.yaml', '--format', 'json'], { cwd: repoRoot(), encoding: 'utf8' });
    assert.doesNotMatch(ex.stdout, /technical-unknown/);
  });
});
