import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderFormHtml } from '../../server/src/core/render/form-html';

export type FormMode = 'webview' | 'print';

export function newNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}

/**
 * The form's HTML from the server (`skj/renderForm`, which knows the workspace's kamus files);
 * rendered here with the built-in dictionary only when the server cannot answer.
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
      /* fall back to the local renderer */
    }
  }
  const locale = vscode.workspace.getConfiguration('skj', doc.uri).get<string>('locale') === 'en' ? 'en' : 'id';
  return renderFormHtml(doc.getText(), { ...opts, title: fileName(doc.uri), locale });
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

/** The preview panel: one per window, following the active standard, updated as it changes. */
export class FormPreview implements vscode.Disposable {
  static readonly viewType = 'skj.preview';
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private version = 0;
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
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
    );
  }

  show(doc: vscode.TextDocument, reveal = true): void {
    this.doc = doc;
    const title = vscode.l10n.t('Form: {0}', fileName(doc.uri));
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        FormPreview.viewType,
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [], retainContextWhenHidden: false },
      );
      this.panel.iconPath = vscode.Uri.joinPath(vscode.extensions.getExtension('skj-tools.skj-language-tools')?.extensionUri ?? vscode.Uri.file('/'), 'media', 'skj.svg');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.doc = undefined;
      });
    } else if (reveal) this.panel.reveal(undefined, true);
    this.panel.title = title;
    this.schedule(0);
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
    const html = await renderForm(this.getClient(), doc, { mode: 'webview', cspSource: panel.webview.cspSource, nonce: newNonce() });
    if (version === this.version && this.panel === panel) panel.webview.html = html;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subs) s.dispose();
  }
}

/** "SKJ: Ekspor ke HTML": the print-mode form written where the user chooses. */
export async function exportHtml(client: LanguageClient | undefined, target?: vscode.Uri): Promise<void> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : activeStandard();
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a standard (*.skj.yaml) to export it.'));
    return;
  }
  const base = fileName(doc.uri).replace(/\.skj\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'standar';
  const folder = doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const dest = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export the form as HTML'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.html`) : undefined,
    filters: { HTML: ['html', 'htm'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!dest) return;
  const html = await renderForm(client, doc, { mode: 'print' });
  await vscode.workspace.fs.writeFile(dest, Buffer.from(html, 'utf8'));
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Form exported to {0}', dest.fsPath || dest.toString()), open);
  if (choice === open) void vscode.env.openExternal(dest);
}

export function activeStandard(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'skj') return doc;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'skj')?.document;
}
