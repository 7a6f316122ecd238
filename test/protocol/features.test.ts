import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestClient } from '../support/lsp-client';
import { cursor, repoRoot } from '../support/paths';

const example = (name: string) => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');

describe('language server over stdio: editing features and custom requests', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('completes competency codes under manajerial, missing codes first', async () => {
    const base = example('kasubbag-umum-pengawas.skj.yaml');
    const start = base.indexOf('    - kode: M.08');
    const end = base.indexOf('  sosial_kultural:');
    const { text, line, character } = cursor(base.slice(0, start) + '    - kode: ‸\n' + base.slice(end));
    const uri = 'untitled:complete.skj.yaml';
    client.open(uri, text);
    const items = await client.request<{ label: string; sortText?: string }[] | { items: { label: string; sortText?: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    const list = Array.isArray(items) ? items : items.items;
    const labels = list.map((i) => i.label);
    assert.ok(labels.some((l) => l.startsWith('M.08')), labels.join(', '));
    const sorted = [...list].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.match(sorted[0].label, /^M\.08/);
  });

  it('skj/newStandard returns a full standard that checks clean', async () => {
    const { text } = await client.request<{ text: string }>('skj/newStandard', { kelompok: 'administrasi', jenjang: 'administrator' });
    for (const code of ['M.01', 'M.08', 'SK.01']) assert.ok(text.includes(`kode: ${code}`), code);
    const uri = 'untitled:new.skj.yaml';
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri);
    // Only the fields the author must fill in may be reported (name, urusan, ikhtisar…), never the competencies.
    assert.ok(!diags.some((d) => /competency|level|indicator|description/.test(String(d.code))), JSON.stringify(diags.map((d) => d.code)));
  });

  it('skj/renderForm renders the open document as the official form', async () => {
    const uri = 'untitled:form.skj.yaml';
    client.open(uri, example('kasubbag-umum-pengawas.skj.yaml'));
    const { html } = await client.request<{ html: string }>('skj/renderForm', { uri, mode: 'print' });
    assert.match(html, /IKHTISAR JABATAN/i);
    assert.match(html, /Kepala Subbagian Umum dan Kepegawaian/);
    assert.match(html, /PERSYARATAN JABATAN/i);
  });
});

describe('language server over stdio: hover', () => {
  it('explains a competency code with its definition and levels', async () => {
    const client = new TestClient();
    await client.initialize();
    try {
      const text = example('kasubbag-umum-pengawas.skj.yaml');
      const uri = 'untitled:hover.skj.yaml';
      client.open(uri, text);
      const line = text.split('\n').findIndex((l) => l.includes('kode: M.01'));
      const h = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: text.split('\n')[line].indexOf('M.01') + 1 },
      });
      assert.ok(h);
      assert.equal(h.contents.kind, 'markdown');
      assert.match(h.contents.value, /Integritas/);
      assert.match(h.contents.value, /Konsisten berperilaku selaras dengan nilai/);
    } finally {
      await client.shutdown();
    }
  });
});

describe('language server over stdio: code actions, outline, inlay hints, folding', () => {
  let client: TestClient;
  let init: unknown;
  beforeEach(async () => {
    client = new TestClient();
    init = await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('offers the quick fix, fix-all and disable-line, and source.fixAll.skj repairs the file', async () => {
    const text = example('contoh-dengan-kesalahan-ahli-muda.skj.yaml');
    const uri = 'untitled:fixall.skj.yaml';
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri);
    const level = diags.find((d) => d.code === 'level-range')!;
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: level.range,
      context: { diagnostics: [level] },
    });
    // The tier's level only: level 5 would add a level-tier warning, so it is not offered.
    assert.ok(actions.some((a) => a.kind === 'quickfix' && /level 2/.test(a.title)), actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => /skj-disable|nonaktifkan|disable/i.test(a.title)));
    const all = await client.request<{ kind: string; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const fixAll = all.find((a) => a.kind === 'source.fixAll.skj');
    assert.ok(fixAll);
    // Apply the edits (from the end backwards) and re-check: only what needs a human is left.
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    let fixed = text;
    for (const e of [...fixAll.edit.changes[uri]].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
      fixed = fixed.slice(0, offset(e.range.start)) + e.newText + fixed.slice(offset(e.range.end));
    client.change(uri, fixed);
    const after = await client.waitForDiagnostics(uri);
    // Only the judgement calls are left (a level out of range, a rank and golongan that disagree); comments stay.
    assert.deepEqual(after.map((d) => d.code), ['level-range', 'pangkat'], fixed);
    assert.ok(fixed.includes('    - kode: M.04    # salah: kode tidak dikenal\n'));
  });

  it('skj.fixAllSafe applies every safe fix through workspace/applyEdit', async () => {
    assert.ok((init as { capabilities: { executeCommandProvider?: { commands: string[] } } }).capabilities.executeCommandProvider?.commands.includes('skj.fixAllSafe'));
    const text = example('contoh-dengan-kesalahan-ahli-muda.skj.yaml');
    const uri = 'untitled:fixallsafe.skj.yaml';
    client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'skj.fixAllSafe', arguments: [uri] });
    assert.deepEqual(result, { applied: true });
    const edit = client.appliedEdits[0] as { edit: { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits: { newText: string }[] }[] } };
    const texts = JSON.stringify(edit.edit);
    assert.match(texts, /kode: M\.04    # salah: kode tidak dikenal/);
    assert.match(texts, /jenjang: S-1/);
  });

  it('gives the outline, inlay hints and folding ranges', async () => {
    const text = example('kasubbag-umum-pengawas.skj.yaml');
    const uri = 'untitled:outline.skj.yaml';
    client.open(uri, text);
    const symbols = await client.request<{ name: string; children?: { name: string; children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = JSON.stringify(symbols);
    assert.match(names, /M\.01 Integritas — level 2/);
    assert.match(names, /SK\.01 Perekat Bangsa — level 2/);
    const hints = await client.request<{ label: string }[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    assert.ok(hints.some((h) => /Integritas/.test(String(h.label))));
    const folds = await client.request<{ startLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length > 10);
  });
});
