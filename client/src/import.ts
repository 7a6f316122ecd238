/**
 * "SKJ: Impor dari Word/Excel…": filled forms (.docx, .xlsx, Word-saved .html) to *.skj.yaml
 * files, by the bundled CLI's `skj import` (see export.ts's runCli). Existing files are kept
 * unless the analyst agrees to overwrite them; what could not be mapped is listed in the output
 * channel and stays in the YAML as comments.
 */
import * as vscode from 'vscode';
import { localeOf, runCli } from './export';
import { t } from './l10n';

interface ImportReport {
  document: string;
  written: string[];
  skipped: string[];
  unmapped: { where: string; text: string }[];
  error?: string;
}

export async function importDocuments(context: vscode.ExtensionContext, output: vscode.OutputChannel, uris?: vscode.Uri[]): Promise<void> {
  const docs =
    uris && uris.length
      ? uris
      : await vscode.window.showOpenDialog({
          title: t('Import standards from Word or Excel'),
          canSelectMany: true,
          filters: { [t('Word, Excel or HTML forms')]: ['docx', 'xlsx', 'html', 'htm'] },
          openLabel: t('Import'),
        });
  if (!docs || docs.length === 0) return;
  const folder = await vscode.window.showOpenDialog({
    title: t('Folder for the *.skj.yaml files'),
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(docs[0], '..'),
    openLabel: t('Import here'),
  });
  if (!folder || folder.length === 0) return;
  const args = ['import', ...docs.map((d) => d.fsPath), '-o', folder[0].fsPath, '--json', '--locale', localeOf(folder[0])];
  const run = () => vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Importing {0} document(s)…', docs.length) }, () => runCli(context, args));
  let r = await run();
  output.appendLine(r.stderr);
  let reports = parse(r.stdout);
  const skipped = reports.flatMap((x) => x.skipped);
  if (r.code === 1 && skipped.length) {
    const overwrite = t('Overwrite');
    const choice = await vscode.window.showWarningMessage(t('{0} file(s) already exist and were kept. Overwrite them?', skipped.length), { modal: true, detail: skipped.join('\n') }, overwrite);
    if (choice === overwrite) {
      args.push('--force');
      r = await run();
      output.appendLine(r.stderr);
      reports = parse(r.stdout);
    }
  }
  const written = reports.flatMap((x) => x.written);
  const unmapped = reports.reduce((n, x) => n + x.unmapped.length, 0);
  const failed = reports.filter((x) => x.error);
  for (const f of failed) void vscode.window.showErrorMessage(t('{0} cannot be imported: {1}', f.document, f.error!));
  if (!reports.length && r.code !== 0) void vscode.window.showErrorMessage(t('Import failed: {0}', r.stderr.trim().split('\n').pop() ?? ''));
  if (written.length) {
    await vscode.window.showTextDocument(vscode.Uri.file(written[0]), { preview: false });
    const show = t('Show details');
    const msg = unmapped
      ? t('{0} standard(s) imported; {1} item(s) could not be mapped and are kept as comments in the YAML.', written.length, unmapped)
      : t('{0} standard(s) imported.', written.length);
    const choice = await vscode.window.showInformationMessage(msg, show);
    if (choice === show) output.show(true);
  }
}

function parse(stdout: string): ImportReport[] {
  try {
    return JSON.parse(stdout) as ImportReport[];
  } catch {
    return [];
  }
}
