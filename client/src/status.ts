import * as vscode from 'vscode';
import { t } from './l10n';
import { State } from 'vscode-languageclient/node';
import { expectedLevelOf, tierOfText } from './tier';

export const LANGUAGES = ['skj', 'skj-kamus'];

/** Status bar item: the server's state and, for a standard, its tier and expected level. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('skj.status', vscode.StatusBarAlignment.Right, 100);
  private state: State | 'crashed' = State.Starting;
  private readonly subs: vscode.Disposable[] = [];

  constructor() {
    this.item.name = t('SKJ language server');
    this.item.command = 'skj.showOutput';
    this.subs.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('skj.tierLevels') || e.affectsConfiguration('skj.locale')) this.update();
      }),
    );
    this.update();
  }

  setState(state: State | 'crashed'): void {
    this.state = state;
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.includes(doc.languageId)) {
      this.item.hide();
      return;
    }
    const icon = this.state === State.Running ? '$(check)' : this.state === State.Starting ? '$(sync~spin)' : '$(error)';
    const stateText =
      this.state === State.Running
        ? t('running')
        : this.state === State.Starting
          ? t('starting')
          : this.state === 'crashed'
            ? t('crashed')
            : t('stopped');
    let text = `${icon} SKJ`;
    const tooltip = new vscode.MarkdownString(`**${t('SKJ language server')}**: ${stateText}`);
    if (doc.languageId === 'skj') {
      const tier = tierOfText(doc.getText());
      if (tier) {
        const level = expectedLevelOf(tier, vscode.workspace.getConfiguration('skj', doc.uri).get('tierLevels'));
        text += ` · ${tier.label} · L${level}`;
        tooltip.appendMarkdown(
          '\n\n' +
            t('Tier {0}: managerial and socio-cultural competencies at level {1}{2}.', tier.label, level, tier.levelIsDefault ? t(' (default, configurable)') : ''),
        );
      } else text += ` · ${t('no tier')}`;
    } else text += ' · ' + t('kamus');
    tooltip.appendMarkdown('\n\n' + t('Click to show the server output.'));
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = this.state === 'crashed' || this.state === State.Stopped ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
}
