/**
 * The workspace overview for the editor: `skj/overview` (the table's rows: every standard's
 * summary with its errors and warnings), `skj/report` (the same rows as HTML, XLSX, CSV or JSON)
 * and the `skj/overviewChanged` notification when the standards change. Rows come from the core
 * (core/report/rows.ts), exactly as `skj report` builds them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../core/analyze';
import { reportCsv } from '../core/report/csv';
import { reportHtml } from '../core/report/html';
import { reportJson } from '../core/report/json';
import { writeReportXlsx } from '../core/report/load-xlsx';
import { countFindings, Counts, ReportRow, reportRows } from '../core/report/rows';
import type { ServerState } from './state';

export interface ReportParams {
  format: 'html' | 'xlsx' | 'csv' | 'json';
  /** html only: 'webview' (the editor's panel, with cspSource and nonce) or 'file' (export). */
  mode?: 'webview' | 'file';
  cspSource?: string;
  nonce?: string;
}

/** How long after the last change the client is told the overview changed. */
const NOTIFY_MS = 300;

/** A closed file's current problems as the workspace diagnostics hold them (undefined: not one of its files). */
export type ClosedReport = (uri: string) => { diagnostics: { severity?: number }[] } | undefined;

export function registerOverview(connection: Connection, state: ServerState, documents: TextDocuments<TextDocument>, refreshDiagnostics: () => void, closedReport?: ClosedReport): void {
  /** Counts of closed standards, by URI, valid for one file state and one analysis stamp. */
  const closed = new Map<string, { key: string; counts: Counts }>();
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refreshDiagnostics();
      void connection.sendNotification('skj/overviewChanged');
    }, NOTIFY_MS);
  };
  state.standards.onDidChange = changed;

  function countsOf(uri: string): Counts | undefined {
    const doc = documents.get(uri);
    if (doc) return countFindings(state.findingsOf(doc));
    const report = closedReport?.(uri);
    if (report) return { errors: report.diagnostics.filter((d) => d.severity === 1).length, warnings: report.diagnostics.filter((d) => d.severity === 2).length };
    const file = state.fileOf(uri);
    if (!file || !state.trusted) return undefined;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    const key = `${stat.mtimeMs}:${stat.size}:${state.stamp()}`;
    const hit = closed.get(uri);
    if (hit?.key === key) return hit.counts;
    const r = state.readDisk(file);
    if (!r.ok) return countFindings([state.refusalFinding(uri, r)]);
    const opts = state.options(uri);
    const over = state.liveLimit(r.text, r.bytes.length, opts.config!);
    const counts = countFindings(over ? [over] : analyze(uri, r.text, opts).findings);
    closed.set(uri, { key, counts });
    return counts;
  }

  function rows(): ReportRow[] {
    const roots = state.folders.roots;
    const rel = (uri: string): string => {
      const file = state.fileOf(uri);
      if (!file) return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      const root = roots.find((r) => file.startsWith(r + path.sep));
      return root ? path.relative(roots.length > 1 ? path.dirname(root) : root, file).split(path.sep).join('/') : file;
    };
    for (const uri of closed.keys()) if (!state.standards.has(uri)) closed.delete(uri);
    // Files of the workspace only: an untitled draft is checked against the others but not listed.
    return reportRows(state.standards.all().filter((s) => s.uri.startsWith('file:')), countsOf, rel);
  }

  connection.onRequest('skj/overview', () => ({ rows: rows(), locale: state.config.locale }));

  connection.onRequest('skj/report', async (p: ReportParams) => {
    const locale = state.config.locale;
    const r = rows();
    const folder = state.folders.roots.length === 1 ? path.basename(state.folders.roots[0]) : undefined;
    if (p.format === 'xlsx') return { data: Buffer.from(await writeReportXlsx(r, locale)).toString('base64') };
    if (p.format === 'csv') return { text: reportCsv(r, locale) };
    if (p.format === 'json') return { text: reportJson(r) };
    return { text: reportHtml(r, { mode: p.mode === 'webview' ? 'webview' : 'file', locale, cspSource: p.cspSource, nonce: p.nonce, subtitle: folder }) };
  });
}

