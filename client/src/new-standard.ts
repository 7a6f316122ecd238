import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Kelompok, KELOMPOK, TIERS } from '../../server/src/core/domain/tiers';
import { expectedLevelOf } from './tier';

/** "SKJ: Buat standar kompetensi baru…": kelompok, then jenjang, then the server's skeleton in a new file. */
export async function newStandard(client: LanguageClient | undefined): Promise<vscode.TextEditor | undefined> {
  const kelompokPick = await vscode.window.showQuickPick(
    (Object.keys(KELOMPOK) as Kelompok[]).map((k) => ({ label: KELOMPOK[k].label, description: k, kelompok: k })),
    { title: t('New competency standard (1/2)'), placeHolder: t('Position group (kelompok jabatan)'), ignoreFocusOut: true },
  );
  if (!kelompokPick) return undefined;
  const overrides = vscode.workspace.getConfiguration('skj').get<Record<string, unknown>>('tierLevels');
  const jenjangPick = await vscode.window.showQuickPick(
    TIERS.filter((tier) => tier.kelompok === kelompokPick.kelompok).map((tier) => ({
      label: tier.label,
      description: tier.jenjang,
      detail: t('Managerial and socio-cultural level {0}', expectedLevelOf(tier, overrides)),
      jenjang: tier.jenjang,
    })),
    { title: t('New competency standard (2/2)'), placeHolder: t('Tier (jenjang jabatan)'), ignoreFocusOut: true },
  );
  if (!jenjangPick) return undefined;

  if (!client?.isRunning()) {
    void vscode.window.showErrorMessage(t('The SKJ language server is not running; the new standard cannot be created.'));
    return undefined;
  }
  let text: string;
  try {
    text = (await client.sendRequest<{ text: string }>('skj/newStandard', { kelompok: kelompokPick.kelompok, jenjang: jenjangPick.jenjang, snippet: true })).text;
  } catch (e) {
    void vscode.window.showErrorMessage(t('The SKJ language server could not create the standard: {0}', (e as Error)?.message ?? String(e)));
    return undefined;
  }

  // An untitled document with a *.skj.yaml name: the server recognises it, and Save writes it there.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let uri: vscode.Uri | undefined;
  for (let n = 1; n < 100 && !uri; n++) {
    const name = `${jenjangPick.jenjang}-baru${n > 1 ? '-' + n : ''}.skj.yaml`;
    const candidate = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${name}`);
    const exists = folder ? await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)).then(() => true, () => false) : false;
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === candidate.toString());
    if (!exists && !open) uri = candidate;
  }
  const doc = await vscode.workspace.openTextDocument(uri ?? vscode.Uri.parse('untitled:standar-baru.skj.yaml'));
  const editor = await vscode.window.showTextDocument(doc);
  if (doc.languageId !== 'skj') await vscode.languages.setTextDocumentLanguage(doc, 'skj');
  // The fields only the author can fill in are tab stops: Tab goes from one to the next.
  await editor.insertSnippet(new vscode.SnippetString(text), new vscode.Position(0, 0), { undoStopBefore: false, undoStopAfter: true });
  return editor;
}
