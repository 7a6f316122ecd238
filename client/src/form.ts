import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { rowSelectorOf } from './problem-rows';

export type FormMode = 'webview' | 'print';

export function newNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}

/**
 * The form's HTML from the server (`skj/renderForm`, which knows the workspace's kamus files and
 * the file's configuration). When the server cannot answer, a page that says so (the client
 * carries no renderer of its own: that kept a second copy of the parser and the core in client.js).
 */
export async function renderForm(
  client: LanguageClient | undefined,
  doc: vscode.TextDocument,
  opts: { mode: FormMode; cspSource?: string; nonce?: string },
): Promise<string> {
  if (client?.isRunning()) {
    try {
      const r = await client.sendRequest<{ html: string }>('skj/renderForm', { uri: doc.uri.toString(), ...opts });
      if (r?.html) return r.html;
    } catch {
      /* answered below */
    }
  }
  const text = t('The form cannot be shown: the SKJ language server is not running. Run "SKJ: Restart language server" and open the preview again.');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(text)}</p></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

/** The document a preview shows, kept across window reloads (see FormPreview.restore). */
const STATE_KEY = 'skj.preview.uri';
/** Problems listed in the banner; the rest are counted. */
const BANNER_MAX = 5;

/**
 * The preview panel: one per window, following the active standard, updated as it or its
 * problems change. Above the form, a banner lists the file's problems (click one to go there)
 * and the form's rows that hold a problem are marked. Restored after a window reload.
 */
export class FormPreview implements vscode.Disposable {
  static readonly viewType = 'skj.preview';
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private version = 0;
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly memento?: vscode.Memento,
  ) {
    this.subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.doc) this.schedule(250);
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (this.panel && ed?.document.languageId === 'skj' && ed.document !== this.doc) this.show(ed.document, false);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('skj')) this.schedule(250);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && this.doc && e.uris.some((u) => u.toString() === this.doc!.uri.toString())) this.schedule(150);
      }),
    );
  }

  show(doc: vscode.TextDocument, reveal = true): void {
    this.doc = doc;
    void this.memento?.update(STATE_KEY, doc.uri.toString());
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(FormPreview.viewType, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
          ...webviewOptions(),
          enableFindWidget: true,
          retainContextWhenHidden: false,
        }),
      );
    } else if (reveal) this.panel.reveal(undefined, true);
    this.panel!.title = t('Form: {0}', fileName(doc.uri));
    this.schedule(0);
  }

  /** A panel VS Code brings back after a reload (WebviewPanelSerializer): show the document it showed. */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    this.panel?.dispose();
    this.adopt(panel);
    panel.webview.options = webviewOptions();
    const saved = this.memento?.get<string>(STATE_KEY);
    const doc = saved ? await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(saved))).catch(() => undefined) : activeStandard();
    if (!doc) {
      panel.dispose();
      return;
    }
    this.show(doc, false);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(vscode.extensions.getExtension('skj-tools.skj-language-tools')?.extensionUri ?? vscode.Uri.file('/'), 'media', 'skj.svg');
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.doc = undefined;
      void this.memento?.update(STATE_KEY, undefined);
    });
  }

  /** Debounced re-render; a slower answer for an older text never overwrites a newer one. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const panel = this.panel;
    const doc = this.doc;
    if (!panel || !doc) return;
    const version = ++this.version;
    const nonce = newNonce();
    const html = await renderForm(this.getClient(), doc, { mode: 'webview', cspSource: panel.webview.cspSource, nonce });
    if (version !== this.version || this.panel !== panel) return;
    const problems = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'skj');
    panel.webview.html = withProblems(html, doc, problems, nonce);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subs) s.dispose();
  }
}

function webviewOptions(): vscode.WebviewOptions {
  return { enableScripts: false, enableCommandUris: ['skj.revealProblem'], localResourceRoots: [] };
}

/** "Go to this problem" from the banner: opens the document beside the preview at the problem. */
export async function revealProblem(uri: string, line: number, character: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const pos = new vscode.Position(line, character);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(pos, pos), preserveFocus: false });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The form's HTML with the problem banner after <body> and the rows holding a problem marked. */
export function withProblems(html: string, doc: vscode.TextDocument, problems: readonly vscode.Diagnostic[], nonce: string): string {
  const sorted = [...problems].sort((a, b) => a.severity - b.severity || a.range.start.line - b.range.start.line);
  const errors = sorted.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = sorted.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const others = sorted.length - errors - warnings;
  let banner: string;
  if (sorted.length === 0) banner = `<div class="skj-banner ok" role="status">${esc(t('No problems in this standard.'))}</div>`;
  else {
    const counts = [errors && t('{0} error(s)', errors), warnings && t('{0} warning(s)', warnings), others && t('{0} note(s)', others)].filter(Boolean).join(', ');
    const items = sorted.slice(0, BANNER_MAX).map((d) => {
      const args = encodeURIComponent(JSON.stringify([doc.uri.toString(), d.range.start.line, d.range.start.character]));
      const code = typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : '';
      return (
        `<li class="sev-${d.severity}"><a href="command:skj.revealProblem?${args}" title="${esc(t('Go to line {0}', d.range.start.line + 1))}">` +
        `<span class="where">${esc(t('line {0}', d.range.start.line + 1))}</span> ${esc(d.message)}${code ? ` <span class="rule">${esc(code)}</span>` : ''}</a></li>`
      );
    });
    const more = sorted.length > BANNER_MAX ? `<p class="more">${esc(t('… and {0} more in the Problems panel.', sorted.length - BANNER_MAX))}</p>` : '';
    banner =
      `<div class="skj-banner ${errors ? 'error' : 'warning'}" role="alert"><p class="count">${esc(t('This standard has {0} problem(s): {1}.', sorted.length, counts))}</p>` +
      `<ul>${items.join('')}</ul>${more}</div>`;
  }
  const marks = [...new Set(sorted.map((d) => rowSelector(doc, d.range.start.line)).filter((s): s is string => !!s))];
  const css =
    PREVIEW_CSS + (marks.length ? `${marks.map((m) => `${m}>td,${m}>th`).join(',')}{background:var(--vscode-inputValidation-errorBackground,rgba(255,0,0,.12))}${marks.map((m) => `${m}>td:first-child`).join(',')}{box-shadow:inset 3px 0 0 var(--vscode-editorError-foreground,#e51400)}` : '');
  const style = `<style nonce="${esc(nonce)}">${css}</style>`;
  const withStyle = html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html;
  return /<body[^>]*>/.test(withStyle) ? withStyle.replace(/<body[^>]*>/, (b) => b + banner) : banner + withStyle;
}

const PREVIEW_CSS = `
.skj-form main.form{max-width:none}
table.grid{table-layout:auto;width:100%}
table.grid td,table.grid th{overflow-wrap:anywhere;word-break:normal}
.skj-banner{margin:0 0 1em;padding:.5em .8em;border-left:4px solid;border-radius:2px}
.skj-banner.error{border-color:var(--vscode-editorError-foreground,#e51400);background:var(--vscode-inputValidation-errorBackground,rgba(255,0,0,.1))}
.skj-banner.warning{border-color:var(--vscode-editorWarning-foreground,#bf8803);background:var(--vscode-inputValidation-warningBackground,rgba(255,200,0,.1))}
.skj-banner.ok{border-color:var(--vscode-testing-iconPassed,#388a34)}
.skj-banner p{margin:.2em 0}.skj-banner .count{font-weight:600}
.skj-banner ul{margin:.3em 0;padding-left:1.2em}
.skj-banner a{color:inherit;text-decoration:none}.skj-banner a:hover{text-decoration:underline}
.skj-banner .where{opacity:.8;font-variant-numeric:tabular-nums}
.skj-banner .rule{opacity:.7;font-size:.9em}
@media (max-width:640px){table.grid{font-size:.9em}table.grid td,table.grid th{padding:.25em .3em}}
`;

/**
 * The row of the form that shows the text at a line: the competency item around it
 * (`tr[data-code]`), a position field (`tr[data-field]`) or a requirement (`tr[data-req]`).
 */
export function rowSelector(doc: vscode.TextDocument, line: number): string | undefined {
  const lines: string[] = [];
  for (let l = 0; l <= Math.min(line, doc.lineCount - 1); l++) lines.push(doc.lineAt(l).text);
  return rowSelectorOf(lines, line);
}


/** "SKJ: Ekspor ke HTML": the print-mode form written where the user chooses. */
export async function exportHtml(client: LanguageClient | undefined, target?: vscode.Uri): Promise<void> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : activeStandard();
  if (!doc) {
    void vscode.window.showWarningMessage(t('Open a standard (*.skj.yaml) to export it.'));
    return;
  }
  const base = fileName(doc.uri).replace(/\.skj\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'standar';
  const folder = doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const dest = await vscode.window.showSaveDialog({
    title: t('Export the form as HTML'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.html`) : undefined,
    filters: { HTML: ['html', 'htm'] },
    saveLabel: t('Export'),
  });
  if (!dest) return;
  const html = await renderForm(client, doc, { mode: 'print' });
  await vscode.workspace.fs.writeFile(dest, Buffer.from(html, 'utf8'));
  const open = t('Open');
  const choice = await vscode.window.showInformationMessage(t('Form exported to {0}', dest.fsPath || dest.toString()), open);
  if (choice === open) void vscode.env.openExternal(dest);
}

export function activeStandard(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'skj') return doc;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'skj')?.document;
}
