import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const WS = process.env.SKJ_TEST_WORKSPACE ?? '';
const EXT_ID = 'skj-tools.skj-language-tools';

/** Waits until `fn` returns a truthy value (checked on every diagnostics change and every 100 ms). */
async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        sub.dispose();
        resolve();
      });
      setTimeout(() => {
        sub.dispose();
        resolve();
      }, 100);
    });
  }
}

function posOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} not in document`);
  return doc.positionAt(i + offsetInNeedle);
}

describe('SKJ extension in VS Code', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;
  const file = path.join(WS, 'planted.skj.yaml');

  before(async () => {
    const original = fs.readFileSync(path.join(WS, 'kasubbag-umum-pengawas.skj.yaml'), 'utf8');
    fs.writeFileSync(file, original.replace(/(- kode: M\.01\n\s+level: )2/, '$17'));
    doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
  });

  it('activates on a standard and registers its commands', async () => {
    assert.equal(doc.languageId, 'skj');
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, 'extension present');
    await until('activation', () => ext!.isActive);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['skj.newStandard', 'skj.preview', 'skj.exportHtml', 'skj.restartServer', 'skj.showOutput']) assert.ok(commands.includes(c), c);
  });

  it('reports the planted invalid level with its rule id', async () => {
    const d = await until('level-range diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'level-range'),
    );
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), '7');
  });

  it('hovers a competency code with its definition', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, 'M.01', 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Integritas/);
  });

  it('completes managerial codes after "kode: "', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const at = posOf(doc, 'M.08');
    await editor.edit((b) => b.delete(new vscode.Range(at, at.translate(0, 4))));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.includes('M.08')), labels.join(', '));
    await editor.edit((b) => b.insert(at, 'M.08'));
  });

  it('applies the quick fix for the invalid level through executeCodeActionProvider', async () => {
    const d = await until('level-range diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'level-range'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /\b2\b/.test(a.title) && a.edit);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.match(doc.lineAt(d.range.start.line).text, /^\s+level: 2$/);
    await until('the diagnostic to clear', () => !vscode.languages.getDiagnostics(doc.uri).some((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'level-range') || undefined);
  });

  it('opens the form preview', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('skj.preview');
    await until('the preview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /skj\.preview/.test(t.input.viewType)),
    );
  });
});
