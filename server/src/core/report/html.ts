/**
 * The overview table as an HTML page: in the editor's webview (theme colours, rows that open
 * their file, a filter box and export buttons, under a strict CSP: nothing but the nonce'd style
 * and script) or standalone for `skj report --format html` and export (no script at all).
 */
import type { Locale } from '../types';
import { GENERAL_CODES } from '../domain/general-competencies';
import { jenjangLabel, kelompokLabel, LABELS, ReportRow, tahapLabel } from './rows';

export interface ReportHtmlOptions {
  mode?: 'webview' | 'file';
  locale?: Locale;
  /** The webview's cspSource (webview mode). */
  cspSource?: string;
  nonce?: string;
  /** A line under the title (e.g. the workspace's name). */
  subtitle?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const UI = {
  id: { filter: 'Saring…', exportXlsx: 'Ekspor ke Excel (XLSX)', exportHtml: 'Ekspor ke HTML', open: 'Buka berkas', none: '—' },
  en: { filter: 'Filter…', exportXlsx: 'Export to Excel (XLSX)', exportHtml: 'Export to HTML', open: 'Open the file', none: '—' },
};

export function reportHtml(rows: ReportRow[], opts: ReportHtmlOptions = {}): string {
  const locale = opts.locale ?? 'id';
  const L = LABELS[locale];
  const U = UI[locale];
  const webview = opts.mode === 'webview';
  const nonce = opts.nonce ?? 'skj-report';
  const csp = webview
    ? `default-src 'none'; style-src ${opts.cspSource ?? ''} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${opts.cspSource ?? ''} data:;`
    : `default-src 'none'; style-src 'nonce-${nonce}';`;
  const withErrors = rows.filter((r) => r.errors).length;
  const withWarnings = rows.filter((r) => r.warnings).length;
  const head = [L.no, L.nama, L.unit, L.jenjang, L.kode, ...GENERAL_CODES, L.tahap, L.errors, L.warnings];
  const body = rows
    .map((r, i) => {
      const cls = r.errors ? 'err' : r.warnings ? 'warn' : 'ok';
      const attrs = webview ? ` data-uri="${esc(r.uri)}" tabindex="0" title="${esc(`${U.open}: ${r.file}`)}"` : ` title="${esc(r.file)}"`;
      return (
        `<tr class="${cls}"${attrs}><td class="n">${i + 1}</td><td>${esc(r.nama ?? r.file)}</td><td>${esc(r.unit ?? L.noUnit)}</td>` +
        `<td title="${esc(kelompokLabel(r.kelompok))}">${esc(jenjangLabel(r.jenjang))}</td><td class="code">${esc(r.kode ?? U.none)}</td>` +
        r.levels.map((l) => `<td class="n">${l ?? U.none}</td>`).join('') +
        `<td class="tahap t-${esc(r.tahap ?? 'none')}">${esc(r.tahap ? tahapLabel(r.tahap, locale) : L.noStatus)}</td>` +
        `<td class="n e">${r.errors}</td><td class="n w">${r.warnings}</td></tr>`
      );
    })
    .join('\n');
  const toolbar = webview
    ? `<div class="bar"><input id="filter" type="search" placeholder="${esc(U.filter)}" aria-label="${esc(U.filter)}"><button id="xlsx" type="button">${esc(U.exportXlsx)}</button><button id="html" type="button">${esc(U.exportHtml)}</button></div>`
    : '';
  const script = webview
    ? `<script nonce="${nonce}">(function(){const vscode=acquireVsCodeApi();const rows=[...document.querySelectorAll('tbody tr')];` +
      `const open=(tr)=>vscode.postMessage({type:'open',uri:tr.dataset.uri});` +
      `rows.forEach((tr)=>{tr.addEventListener('click',()=>open(tr));tr.addEventListener('keydown',(e)=>{if(e.key==='Enter')open(tr);});});` +
      `document.getElementById('xlsx').addEventListener('click',()=>vscode.postMessage({type:'export',format:'xlsx'}));` +
      `document.getElementById('html').addEventListener('click',()=>vscode.postMessage({type:'export',format:'html'}));` +
      `const f=document.getElementById('filter');f.addEventListener('input',()=>{const q=f.value.toLowerCase();rows.forEach((tr)=>{tr.hidden=!!q&&!tr.textContent.toLowerCase().includes(q);});});})();</script>`
    : '';
  const colors = webview
    ? `--fg:var(--vscode-foreground);--bg:var(--vscode-editor-background);--line:var(--vscode-panel-border,#8884);--head:var(--vscode-sideBarSectionHeader-background,#8882);--err:var(--vscode-errorForeground,#c00);--warn:var(--vscode-editorWarning-foreground,#b80);--hover:var(--vscode-list-hoverBackground,#8882);`
    : `--fg:#000;--bg:#fff;--line:#999;--head:#e8e8e8;--err:#b00;--warn:#a60;--hover:#f4f4f4;`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L.title)}</title>
<style nonce="${nonce}">
:root{${colors}}
body{font-family:${webview ? 'var(--vscode-font-family)' : 'Arial, Helvetica, sans-serif'};color:var(--fg);background:var(--bg);margin:16px;font-size:13px}
h1{font-size:18px;margin:0 0 4px}
p.sub{margin:0 0 12px;opacity:.8}
.bar{display:flex;gap:8px;margin:0 0 10px}
.bar input{flex:1;max-width:320px;padding:3px 6px;color:inherit;background:var(--vscode-input-background,transparent);border:1px solid var(--line)}
.bar button{padding:3px 10px;color:var(--vscode-button-foreground,#fff);background:var(--vscode-button-background,#0b3d91);border:0;cursor:pointer}
table{border-collapse:collapse;width:100%}
.scroll{overflow-x:auto}
td:nth-child(2){min-width:14em}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top}
th{background:var(--head);text-align:left;position:sticky;top:0}
td.n{text-align:center;white-space:nowrap}
td.code{font-family:monospace;white-space:nowrap}
tr.err td.e{color:var(--err);font-weight:bold}
tr.warn td.w,tr.err td.w{color:var(--warn)}
${webview ? 'tbody tr{cursor:pointer}tbody tr:hover,tbody tr:focus{background:var(--hover);outline:none}' : ''}
@media print{.bar{display:none}th{position:static}}
</style>
</head>
<body>
<h1>${esc(L.title)}</h1>
<p class="sub">${esc([opts.subtitle, L.summary(rows.length, withErrors, withWarnings)].filter(Boolean).join(' — '))}</p>
${toolbar}
${rows.length ? `<div class="scroll"><table>\n<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>` : `<p>${esc(L.empty)}</p>`}
${script}
</body>
</html>
`;
}
