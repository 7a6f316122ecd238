import * as vscode from 'vscode';
import { t } from './l10n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { jenjangLabel, kelompokLabel, LABELS, ReportRow, tahapLabel } from '../../server/src/core/report/rows';
import { TIERS } from '../../server/src/core/domain/tiers';
import { GENERAL_CODES } from '../../server/src/core/domain/general-competencies';
import { normalizeText } from '../../server/src/core/dictionary/normalize';
import type { Locale } from '../../server/src/core/types';

export interface Overview {
  rows: ReportRow[];
  locale: Locale;
}

/** Asks the server for the overview's rows (`skj/overview`); empty while it is not running. */
export async function fetchOverview(client: LanguageClient | undefined): Promise<Overview> {
  if (!client?.isRunning()) return { rows: [], locale: 'id' };
  try {
    return await client.sendRequest<Overview>('skj/overview', {});
  } catch {
    return { rows: [], locale: 'id' };
  }
}

type Node =
  | { kind: 'unit'; label: string; rows: ReportRow[] }
  | { kind: 'tier'; label: string; rows: ReportRow[]; parent: string }
  | { kind: 'standard'; row: ReportRow };

const tierIndex = new Map(TIERS.map((t, i) => [t.jenjang, i]));

/**
 * "Standar Kompetensi" in the Explorer: the workspace's standards by unit kerja, then by
 * kelompok/jenjang, each with its status and its errors and warnings; a click opens the file.
 */
export class StandardsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewId = 'skj.standards';
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private data: Overview = { rows: [], locale: 'id' };
  private units: Node[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly subs: vscode.Disposable[] = [];
  readonly view: vscode.TreeView<Node>;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(StandardsTree.viewId, { treeDataProvider: this, showCollapseAll: true });
    this.subs.push(
      this.view,
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => /\.skj\.ya?ml$/i.test(u.path))) this.schedule(500);
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{skj.yaml,skj.yml}', false, true, false);
    this.subs.push(watcher, watcher.onDidCreate(() => this.schedule(500)), watcher.onDidDelete(() => this.schedule(500)));
  }

  /** Refreshes after `delay` ms (a burst of changes refreshes once). */
  schedule(delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    this.data = await fetchOverview(this.getClient());
    this.units = groupRows(this.data.rows, this.data.locale);
    const L = LABELS[this.data.locale];
    const e = this.data.rows.filter((r) => r.errors).length;
    this.view.description = this.data.rows.length ? L.summary(this.data.rows.length, e, this.data.rows.filter((r) => r.warnings).length) : undefined;
    this.view.message = this.data.rows.length ? undefined : L.empty;
    void vscode.commands.executeCommand('setContext', 'skj.hasStandards', this.data.rows.length > 0);
    this.emitter.fire(undefined);
  }

  get rows(): ReportRow[] {
    return this.data.rows;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.units;
    if (node.kind === 'unit') return groupByTier(node.rows, node.label);
    if (node.kind === 'tier') return node.rows.map((row) => ({ kind: 'standard', row }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const locale = this.data.locale;
    const L = LABELS[locale];
    if (node.kind !== 'standard') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.kind === 'unit' ? `unit:${node.label}` : `tier:${node.parent}:${node.label}`;
      item.description = countsText(node.rows, locale);
      item.iconPath = new vscode.ThemeIcon(node.kind === 'unit' ? 'organization' : 'layers');
      item.contextValue = `skj.${node.kind}`;
      return item;
    }
    const r = node.row;
    const uri = vscode.Uri.parse(r.uri);
    const item = new vscode.TreeItem(r.nama ?? r.file, vscode.TreeItemCollapsibleState.None);
    item.id = r.uri;
    item.resourceUri = uri;
    item.description = [r.tahap ? tahapLabel(r.tahap, locale) : L.noStatus, problemsText(r.errors, r.warnings, locale)].join(' · ');
    item.iconPath = r.errors
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
      : r.warnings
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    const tip = new vscode.MarkdownString(undefined, false);
    tip.appendMarkdown(`**${md(r.nama ?? r.file)}**\n\n`);
    tip.appendMarkdown(`${md(L.unit)}: ${md(r.unit ?? L.noUnit)}  \n${md(L.jenjang)}: ${md([kelompokLabel(r.kelompok), jenjangLabel(r.jenjang)].filter(Boolean).join(' · '))}  \n`);
    tip.appendMarkdown(`${md(L.kode)}: ${md(r.kode ?? '—')}  \n${md(L.tahap)}: ${md(r.tahap ? tahapLabel(r.tahap, locale) : L.noStatus)}  \n`);
    tip.appendMarkdown(`${GENERAL_CODES.map((k, i) => `${k} ${r.levels[i] ?? '—'}`).join(' · ')}\n\n`);
    tip.appendMarkdown(`${md(problemsText(r.errors, r.warnings, locale))} — \`${r.file.replace(/`/g, "'")}\``);
    item.tooltip = tip;
    item.command = { command: 'vscode.open', title: t('Open'), arguments: [uri] };
    item.contextValue = 'skj.standard';
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
    for (const s of this.subs) s.dispose();
  }
}

const md = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

export function problemsText(errors: number, warnings: number, locale: Locale): string {
  if (!errors && !warnings) return locale === 'en' ? 'no problems' : 'tanpa masalah';
  const L = LABELS[locale];
  return [errors ? `${errors} ${L.errors.toLowerCase()}` : '', warnings ? `${warnings} ${L.warnings.toLowerCase()}` : ''].filter(Boolean).join(', ');
}

function countsText(rows: ReportRow[], locale: Locale): string {
  const e = rows.reduce((n, r) => n + r.errors, 0);
  const w = rows.reduce((n, r) => n + r.warnings, 0);
  return `${rows.length} ${locale === 'en' ? 'position(s)' : 'jabatan'} · ${problemsText(e, w, locale)}`;
}

/** Units in the rows' order (rows come sorted by unit); one spelling per unit, the first seen. */
export function groupRows(rows: ReportRow[], locale: Locale): Node[] {
  const units = new Map<string, Node & { kind: 'unit' }>();
  for (const r of rows) {
    const key = r.unit ? normalizeText(r.unit) : '';
    let u = units.get(key);
    if (!u) units.set(key, (u = { kind: 'unit', label: r.unit ?? LABELS[locale].noUnit, rows: [] }));
    u.rows.push(r);
  }
  return [...units.values()];
}

function groupByTier(rows: ReportRow[], parent: string): Node[] {
  const tiers = new Map<string, Node & { kind: 'tier' }>();
  const sorted = [...rows].sort((a, b) => (tierIndex.get(a.jenjang ?? '') ?? 99) - (tierIndex.get(b.jenjang ?? '') ?? 99));
  for (const r of sorted) {
    const label = [kelompokLabel(r.kelompok), jenjangLabel(r.jenjang)].filter(Boolean).join(' · ') || '—';
    let t = tiers.get(label);
    if (!t) tiers.set(label, (t = { kind: 'tier', label, rows: [], parent }));
    t.rows.push(r);
  }
  return [...tiers.values()];
}
