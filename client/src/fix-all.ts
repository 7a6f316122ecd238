import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';

/** The server's command: applies every safe fix of a document through workspace/applyEdit. */
export const FIX_ALL_SAFE = 'skj.fixAllSafe';
/** The code action kind of the server's fix-all (Ctrl+. and "source.fixAll" on save). */
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('skj');

/**
 * "SKJ: Perbaiki semua masalah yang aman": the server's `skj.fixAllSafe` through the language
 * client (workspace/executeCommand with the document's URI); with a server that does not offer
 * that command, its source.fixAll.skj code action.
 */
export async function fixAllSafe(client: LanguageClient | undefined, target?: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = target ? await vscode.workspace.openTextDocument(target) : editor?.document;
  if (!doc || (doc.languageId !== 'skj' && doc.languageId !== 'skj-kamus')) {
    void vscode.window.showWarningMessage(t('Open a standard (*.skj.yaml) or a kamus to fix its problems.'));
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(t('The SKJ language server is not running; nothing was fixed.'));
    return;
  }
  const before = doc.version;
  const commands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  try {
    if (commands.includes(FIX_ALL_SAFE)) {
      await client.sendRequest(ExecuteCommandRequest.type, { command: FIX_ALL_SAFE, arguments: [doc.uri.toString()] });
    } else {
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
      const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
      if (action?.edit) await vscode.workspace.applyEdit(action.edit);
    }
  } catch (e) {
    void vscode.window.showErrorMessage(t('The SKJ language server could not fix the problems: {0}', (e as Error)?.message ?? String(e)));
    return;
  }
  void vscode.window.setStatusBarMessage(doc.version === before ? t('SKJ: no safe fix to apply') : t('SKJ: safe fixes applied'), 4000);
}
