/**
 * "SKJ: Ekspor…": the standard as the official form in HTML, Word, Excel or PDF. The documents
 * are written by the bundled CLI (dist/cli.js, which loads dist/office.js only for this) in a
 * child process, so the extension itself stays small and the kamus files of the standard's
 * folder are used as on the command line. A standard with errors is exported only when the
 * analyst agrees, and then carries a note.
 */
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activeStandard, exportHtml, fileName } from './form';
import { clientLocale, t } from './l10n';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …` with the editor's own Node (Electron as Node in VS Code). */
export function runCli(context: vscode.ExtensionContext, args: string[]): Promise<CliResult> {
  const cli = context.asAbsolutePath('dist/cli.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60 * 1000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 2) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (err && typeof (err as { code?: unknown }).code !== 'number' ? String(err.message) : '') });
    });
  });
}

/** The language the CLI should speak: the extension's (skj.locale, else VS Code's display language). */
export function localeOf(uri?: vscode.Uri): 'id' | 'en' {
  return clientLocale(uri);
}

const FORMATS = [
  { id: 'docx', label: 'Word (.docx)', detail: 'Dapat diedit di Microsoft Word dan LibreOffice', filter: { Word: ['docx'] } },
  { id: 'xlsx', label: 'Excel (.xlsx)', detail: 'Satu lembar per standar', filter: { Excel: ['xlsx'] } },
  { id: 'pdf', label: 'PDF', detail: 'Siap cetak, A4', filter: { PDF: ['pdf'] } },
  { id: 'html', label: 'HTML', detail: 'Halaman cetak mandiri', filter: { HTML: ['html', 'htm'] } },
] as const;

export async function exportForm(context: vscode.ExtensionContext, client: LanguageClient | undefined, output: vscode.OutputChannel, target?: vscode.Uri): Promise<void> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : activeStandard();
  if (!doc) {
    void vscode.window.showWarningMessage(t('Open a standard (*.skj.yaml) to export it.'));
    return;
  }
  const pick = await vscode.window.showQuickPick(
    FORMATS.map((f) => ({ label: f.label, detail: f.detail, id: f.id })),
    { title: t('Export the form as…'), placeHolder: t('Choose the document format') },
  );
  if (!pick) return;
  if (pick.id === 'html') return exportHtml(client, doc.uri);
  if (doc.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(t('Save the standard to a file first; it is exported from disk with the kamus files of its folder.'));
    return;
  }
  if (doc.isDirty && !(await doc.save())) return;
  const format = FORMATS.find((f) => f.id === pick.id)!;
  const base = fileName(doc.uri).replace(/\.skj\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'standar';
  const dest = await vscode.window.showSaveDialog({
    title: t('Export the form as {0}', format.label),
    defaultUri: vscode.Uri.joinPath(doc.uri, '..', `${base}.${format.id}`),
    filters: Object.fromEntries(Object.entries(format.filter).map(([k, v]) => [k, [...v]])),
    saveLabel: t('Export'),
  });
  if (!dest) return;
  const args = ['render', doc.uri.fsPath, '--format', format.id, '-o', dest.fsPath, '--locale', localeOf(doc.uri)];
  const run = () => vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Exporting {0}…', fileName(doc.uri)) }, () => runCli(context, args));
  let r = await run();
  if (r.code === 1) {
    output.appendLine(r.stderr);
    const errors = r.stderr.split('\n').filter((l) => /^\s+\S+:\d+:\d+ /.test(l)).length;
    const anyway = t('Export with a note');
    const show = t('Show the errors');
    const choice = await vscode.window.showWarningMessage(
      t('This standard has {0} error(s). Export it anyway, with a note on the form that it cannot be submitted yet?', errors),
      { modal: true },
      anyway,
      show,
    );
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== anyway) return;
    args.push('--allow-errors');
    r = await run();
  }
  if (r.code !== 0) {
    output.appendLine(r.stderr);
    void vscode.window.showErrorMessage(t('The form could not be exported: {0}', r.stderr.trim().split('\n').pop() ?? String(r.code)));
    return;
  }
  const open = t('Open');
  const reveal = t('Show in folder');
  const choice = await vscode.window.showInformationMessage(t('Form exported to {0}', dest.fsPath), open, reveal);
  if (choice === open) void vscode.env.openExternal(dest);
  if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', dest);
}
