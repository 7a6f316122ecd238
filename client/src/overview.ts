import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newNonce } from './form';

type Format = 'xlsx' | 'html';

/**
 * "SKJ: Ringkasan instansi": every position of the workspace in one table (a webview under a
 * strict CSP: the server's HTML with this panel's nonce), rows that open their file, and
 * export to XLSX or HTML. Follows the workspace while it is open.
 */
export class OverviewPanel implements vscode.Disposable {
  static readonly viewType = 'skj.overview';
  private panel: vscode.WebviewPanel | undefined;
  private timer: NodeJS.Timeout | undefined;
  private version = 0;
  /** The URIs the table lists: the only ones a message from the page may open. */
  private uris = new Set<string>();
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.subs.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && e.uris.some((u) => /\.skj\.ya?ml$/i.test(u.path))) this.schedule(800);
      }),
    );
  }

  show(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(OverviewPanel.viewType, t('Agency summary'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(vscode.extensions.getExtension('skj-tools.skj-language-tools')?.extensionUri ?? vscode.Uri.file('/'), 'media', 'skj.svg');
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.schedule(0);
      });
      this.panel.webview.onDidReceiveMessage((m: { type?: string; uri?: string; format?: string }) => {
        if (m?.type === 'open' && typeof m.uri === 'string' && this.uris.has(m.uri)) void vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { preview: false });
        if (m?.type === 'export' && (m.format === 'xlsx' || m.format === 'html')) void exportOverview(this.getClient(), m.format);
      });
    } else this.panel.reveal();
    this.schedule(0);
  }

  /** Re-renders after `delay` ms when the panel is open (the overview changed). */
  schedule(delay: number): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const client = this.getClient();
    if (!panel || !panel.visible) return;
    const version = ++this.version;
    let html: string;
    try {
      if (!client?.isRunning()) throw new Error(t('The SKJ language server is not running.'));
      const nonce = newNonce();
      html = (await client.sendRequest<{ text: string }>('skj/report', { format: 'html', mode: 'webview', cspSource: panel.webview.cspSource, nonce })).text;
      this.uris = new Set([...html.matchAll(/data-uri="([^"]*)"/g)].map((m) => unescapeHtml(m[1])));
    } catch (e) {
      html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><p>${String((e as Error)?.message ?? e).replace(/[&<>"]/g, '')}</p></body></html>`;
    }
    if (version === this.version && this.panel === panel) panel.webview.html = html;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subs) s.dispose();
  }
}

function unescapeHtml(s: string): string {
  return s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
}

/** Writes the overview as XLSX or HTML where the user chooses (asked when no format is given). */
export async function exportOverview(client: LanguageClient | undefined, format?: Format): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(t('The SKJ language server is not running.'));
    return;
  }
  if (!format) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'Excel (XLSX)', format: 'xlsx' as const },
        { label: 'HTML', format: 'html' as const },
      ],
      { title: t('Export the agency summary') },
    );
    if (!pick) return;
    format = pick.format;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const dest = await vscode.window.showSaveDialog({
    title: t('Export the agency summary'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, `ringkasan-standar-kompetensi.${format}`) : undefined,
    filters: format === 'xlsx' ? { Excel: ['xlsx'] } : { HTML: ['html', 'htm'] },
    saveLabel: t('Export'),
  });
  if (!dest) return;
  try {
    const r = await client.sendRequest<{ data?: string; text?: string }>('skj/report', { format, mode: 'file' });
    await vscode.workspace.fs.writeFile(dest, r.data !== undefined ? Buffer.from(r.data, 'base64') : Buffer.from(r.text ?? '', 'utf8'));
  } catch (e) {
    void vscode.window.showErrorMessage(t('The summary could not be exported: {0}', (e as Error)?.message ?? String(e)));
    return;
  }
  const open = t('Open');
  const choice = await vscode.window.showInformationMessage(t('Summary exported to {0}', dest.fsPath || dest.toString()), open);
  if (choice === open) void vscode.env.openExternal(dest);
}
