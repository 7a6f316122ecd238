/**
 * Real standards as agencies write them, through the bundled server over stdio: a code written
 * another way (one finding, a fix, the item still checked) and level profiles from skj.config.yaml.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

const example = (name: string) => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');

type Action = { title: string; isPreferred?: boolean; edit: { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits: { newText: string }[] }[] } };

describe('language server over stdio: code aliases and level profiles', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('M.1 for M.01: one code-alias finding with a fix, no unknown/missing cascade, and the level and indicators still checked', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:alias.skj.yaml';
    const text = example('kasubbag-umum-pengawas.skj.yaml').replace('- kode: M.01\n      level: 2', '- kode: M.1\n      level: 3');
    assert.notEqual(text, example('kasubbag-umum-pengawas.skj.yaml'));
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const codes = diags.map((d) => String(d.code)).sort();
    // level 3 under a pengawas (level 2): the tier, the level-2 description and the three level-2 indicators.
    assert.deepEqual(codes, ['code-alias', 'description-mismatch', 'indicator-level-mismatch', 'indicator-level-mismatch', 'indicator-level-mismatch', 'level-tier']);
    const alias = diags.find((d) => d.code === 'code-alias')!;
    const line = text.split('\n').findIndex((l) => l.includes('- kode: M.1'));
    assert.deepEqual(alias.range, { start: { line, character: 12 }, end: { line, character: 15 } });
    assert.match(String(alias.message), /"M\.1" adalah M\.01 Integritas/);
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: alias.range, context: { diagnostics: [alias] } });
    const fix = actions.find((a) => a.title === 'Ganti dengan M.01');
    assert.ok(fix?.isPreferred, JSON.stringify(actions.map((a) => a.title)));
    assert.equal((fix.edit.changes?.[uri] ?? fix.edit.documentChanges?.[0].edits)?.[0].newText, 'M.01');
  });

  it('the competency names of the official form ("1. Integritas") draw code-alias only', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:names.skj.yaml';
    const text = example('kasubbag-umum-pengawas.skj.yaml').replace('- kode: M.01', '- kode: "1. Integritas"').replace('- kode: SK.01', '- kode: PEREKAT BANGSA');
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diags.map((d) => String(d.code)), ['code-alias', 'code-alias']);
  });

  it('a level profile in skj.config.yaml sets the expected levels per position and competency; level-tier and hover name it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-profil-'));
    fs.writeFileSync(path.join(dir, 'diskominfo.kamus.yaml'), example('diskominfo.kamus.yaml'));
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'profil:\n  Pranata Komputer:\n    ahli-pertama: { default: 1, M.01: 2 }\n  Widyaiswara:\n    ahli-pertama: 2\n');
    client = new TestClient({ rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'a.skj.yaml')).href;
    const text = example('pranata-komputer-ahli-pertama.skj.yaml');
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diags.map((d) => String(d.code)), ['level-tier']);
    assert.match(String(diags[0].message), /M\.01 level 1, padahal profil "Pranata Komputer" \(skj\.config\.yaml → profil\) menetapkan level 2 untuk M\.01 pada jenjang Ahli Pertama\./);
    const line = text.split('\n').findIndex((l, i, ls) => i > 0 && ls[i - 1].includes('kode: M.02') && l.includes('level:'));
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: text.split('\n')[line].indexOf('1') } });
    assert.match(h!.contents.value, /Sesuai level jenjang ahli-pertama \(1; profil "Pranata Komputer" di skj\.config\.yaml\)/);
  });

  it('a profile the position name does not start with is not used', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-profil-'));
    fs.writeFileSync(path.join(dir, 'diskominfo.kamus.yaml'), example('diskominfo.kamus.yaml'));
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'profil:\n  Widyaiswara:\n    ahli-pertama: 2\n');
    client = new TestClient({ rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'b.skj.yaml')).href;
    client.open(uri, example('pranata-komputer-ahli-pertama.skj.yaml'));
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    client.change(uri, example('pranata-komputer-ahli-pertama.skj.yaml').replace('nama: Pranata Komputer Ahli Pertama', 'nama: Widyaiswara Ahli Pertama'));
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(diags.filter((d) => d.code === 'level-tier').length, 9);
    assert.ok(diags.every((d) => /profil "Widyaiswara"/.test(String(d.message))));
  });
});
