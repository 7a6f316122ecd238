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
