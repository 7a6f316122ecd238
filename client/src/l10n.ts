import * as vscode from 'vscode';
import idBundle from '../../l10n/bundle.l10n.id.json';

export type ClientLocale = 'id' | 'en';

const ID = idBundle as Record<string, string>;

/** `skj.locale` when the user chose one (in any scope), else undefined. */
export function chosenLocale(scope?: vscode.Uri): ClientLocale | undefined {
  const v = vscode.workspace.getConfiguration('skj', scope).inspect<string>('locale');
  const chosen = v?.workspaceFolderValue ?? v?.workspaceValue ?? v?.globalValue;
  return chosen === 'id' || chosen === 'en' ? chosen : undefined;
}

/** The language of everything the extension says: `skj.locale`, else VS Code's display language. */
export function clientLocale(scope?: vscode.Uri): ClientLocale {
  return chosenLocale(scope) ?? displayLocale();
}

/** VS Code's display language as an SKJ locale: Indonesian for `id`, English otherwise. */
export function displayLocale(): ClientLocale {
  return vscode.env.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/**
 * A client string in the extension's language. Like `vscode.l10n.t` (the English text is the
 * key, `{0}` the arguments) but governed by `skj.locale` rather than by VS Code's display
 * language only, so notifications, quick picks and the status bar speak the diagnostics' language.
 */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const text = clientLocale() === 'id' ? (ID[message] ?? message) : message;
  return text.replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
