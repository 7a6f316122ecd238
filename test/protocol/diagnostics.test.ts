import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

const example = (name: string) => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');

describe('language server over stdio: diagnostics', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.shutdown();
  });

  it('initializes, publishes nothing wrong for a valid example and the right codes, ranges and severities for a broken one', async () => {
    client = new TestClient();
    const init = (await client.initialize()) as { capabilities: { codeActionProvider?: unknown }; serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'skj-language-server');
    const good = 'untitled:good.skj.yaml';
    client.open(good, example('kasubbag-umum-pengawas.skj.yaml'));
    assert.deepEqual(await client.waitForDiagnostics(good), []);

    const bad = 'untitled:bad.skj.yaml';
    const text = example('kasubbag-umum-pengawas.skj.yaml').replace('- kode: M.08', '- kode: M.09').replace('pangkat: Penata Tingkat I (III/d)', 'pangkat: Penata (III/d)');
    client.open(bad, text);
    const diags = await client.waitForDiagnostics(bad);
    const codes = diags.map((d) => d.code).sort();
    assert.deepEqual(codes, ['missing-competency', 'pangkat', 'unknown-competency']);
    const unknown = diags.find((d) => d.code === 'unknown-competency')!;
    const line = text.split('\n').findIndex((l) => l.includes('M.09'));
    assert.deepEqual(unknown.range, { start: { line, character: 12 }, end: { line, character: 16 } });
    assert.equal(unknown.severity, 1);
    assert.match(String(unknown.message), /M\.09 bukan kode kompetensi manajerial \(M\.01–M\.08\)\. Maksud Anda M\.08\?/);
    assert.match(unknown.codeDescription!.href, /rules\.md#unknown-competency$/);
  });

  it('never publishes diagnostics for a stale version, and follows edits', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:edit.skj.yaml';
    const text = example('kasubbag-umum-pengawas.skj.yaml');
    client.open(uri, text);
    // Rapid edits: only the last version's diagnostics may be published.
    for (let i = 0; i < 5; i++) client.change(uri, text.replace('level: 2', `level: ${i + 6}`));
    const final = client.change(uri, text.replace('level: 2', 'level: 9'));
    const diags = await client.waitForDiagnostics(uri);
    assert.equal(client.diagnostics.get(uri)!.version, final);
    assert.ok(diags.some((d) => d.code === 'level-range' && /bukan 9/.test(String(d.message))));
  });

  it('answers pull diagnostics when the client supports them', async () => {
    client = new TestClient({ pull: true });
    const init = (await client.initialize()) as { capabilities: { diagnosticProvider?: unknown } };
    assert.ok(init.capabilities.diagnosticProvider);
    const uri = 'untitled:pull.skj.yaml';
    client.open(uri, example('kasubbag-umum-pengawas.skj.yaml').replace('jenjang: pengawas', 'jenjang: ahli-muda'));
    const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual([...new Set(report.items.map((d) => d.code))], ['kelompok-jenjang', 'job-code-mismatch']);
  });

  it('reads skj.config.yaml from the workspace: severities, off, tier levels', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-ws-'));
    fs.writeFileSync(path.join(dir, 'skj.config.yaml'), 'rules:\n  pangkat: off\n  level-tier: error\ntierLevels:\n  pengawas: 3\n');
    client = new TestClient({ rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'a.skj.yaml')).href;
    client.open(uri, example('kasubbag-umum-pengawas.skj.yaml').replace('pangkat: Penata Tingkat I (III/d)', 'pangkat: Penata (III/d)'));
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(!diags.some((d) => d.code === 'pangkat'));
    const tier = diags.filter((d) => d.code === 'level-tier');
    assert.equal(tier.length, 9);
    assert.ok(tier.every((d) => d.severity === 1));
  });

  it('offers the rules\' quick fixes as code actions', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:fix.skj.yaml';
    const text = example('kasubbag-umum-pengawas.skj.yaml').replace('- kode: M.08', '- kode: M.09');
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri);
    const d = diags.find((x) => x.code === 'unknown-competency')!;
    const actions = await client.request<{ title: string; edit: { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits: { newText: string }[] }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => /M\.08/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const edits = fix.edit.changes?.[uri] ?? fix.edit.documentChanges?.[0].edits;
    assert.equal(edits?.[0].newText, 'M.08');
  });

  it('exits cleanly on shutdown/exit', async () => {
    client = new TestClient();
    await client.initialize();
    const code = await client.shutdown();
    assert.equal(code, 0);
    client = undefined as unknown as TestClient;
  });
});
