/**
 * Renders a standard (*.skj.yaml text) as the official FORM STANDAR KOMPETENSI JABATAN ASN
 * (PermenPANRB 38/2017, Lampiran I angka 4 huruf h). Pure: no I/O, never throws. Used by the
 * editor's preview (webview mode, theme-aware) and by "export" / `skj render` (print mode).
 */
import type { DictionaryLookup } from '../dictionary/model';
import formGuide from '../dictionary/form-guide.json';
import {
  buildFormModel,
  COMPETENCY_COLUMNS,
  FORM_SOURCE,
  FORM_TITLE,
  FormCompetencyRow,
  FormModel,
  REQUIREMENT_COLUMNS,
  reqLines,
  Tingkat,
  TINGKAT,
  TINGKAT_HEADING,
} from './form-model';

export type RenderMode = 'webview' | 'print';

export interface RenderOptions {
  /** Document title (the file name); defaults to the position's name. */
  title?: string;
  /** The webview's `cspSource` (webview mode). */
  cspSource?: string;
  /** Nonce for the inline style element; a deterministic one is derived when absent. */
  nonce?: string;
  mode?: RenderMode;
  /** Language of the page's own notes; the form's labels are the official Indonesian ones. */
  locale?: 'id' | 'en';
  /** Where technical codes are looked up (built-in + workspace kamus); defaults to the built-in dictionary. */
  dictionary?: DictionaryLookup;
  /** Notes shown above the form (e.g. the errors of a standard exported with --allow-errors). */
  notes?: string[];
}


const MSG = {
  id: {
    notes: 'Catatan',
    parseProblems: (n: number) => `Berkas memuat ${n} kesalahan sintaks YAML; formulir menampilkan bagian yang dapat dibaca.`,
    notAStandard: 'Berkas belum berisi standar kompetensi (tidak ada peta `jabatan`/`kompetensi`).',
    fromDictionary: 'diambil dari kamus kompetensi',
    unknownIndicator: 'indikator tidak dikenal',
    generated: 'Dibuat dari',
    none: '—',
    renderFailed: 'Formulir tidak dapat ditampilkan',
  },
  en: {
    notes: 'Notes',
    parseProblems: (n: number) => `The file has ${n} YAML syntax error(s); the form shows the parts that could be read.`,
    notAStandard: 'The file does not contain a standard yet (no `jabatan`/`kompetensi` map).',
    fromDictionary: 'taken from the competency dictionary',
    unknownIndicator: 'unknown indicator',
    generated: 'Generated from',
    none: '—',
    renderFailed: 'The form cannot be shown',
  },
};
type Messages = (typeof MSG)['id'];

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A CSP source expression may not contain spaces, quotes or semicolons. */
function cspToken(s: string | undefined): string {
  return String(s ?? '').replace(/[^A-Za-z0-9+/=_:.*\-]/g, '');
}

function hashNonce(s: string): string {
  // FNV-1a, twice with different seeds: deterministic output for a static file.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}

export function renderFormHtml(text: string, opts: RenderOptions = {}): string {
  const mode: RenderMode = opts.mode === 'print' ? 'print' : 'webview';
  const locale = opts.locale === 'en' ? 'en' : 'id';
  const m = MSG[locale];
  const nonce = cspToken(opts.nonce) || hashNonce(String(text ?? ''));
  let body: string;
  let title = opts.title;
  try {
    const r = renderBody(typeof text === 'string' ? text : '', opts.dictionary, m, opts.notes ?? []);
    body = r.html;
    title = title ?? r.nama;
  } catch (e) {
    body = `<div class="notes" role="alert"><strong>${escapeHtml(m.renderFailed)}</strong>: ${escapeHtml((e as Error)?.message ?? e)}</div>`;
  }
  const csp =
    mode === 'webview'
      ? `default-src 'none'; style-src ${cspToken(opts.cspSource)} 'nonce-${nonce}'; img-src ${cspToken(opts.cspSource)} data:; font-src ${cspToken(opts.cspSource)}; script-src 'none'; base-uri 'none'; form-action 'none'`
      : `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'`;
  const docTitle = title ? `${FORM_TITLE} — ${title}` : FORM_TITLE;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(docTitle)}</title>`,
    `<style nonce="${escapeHtml(nonce)}">${mode === 'webview' ? WEBVIEW_CSS : PRINT_CSS}${COMMON_CSS}</style>`,
    '</head>',
    `<body class="skj-form mode-${mode}">`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

function renderBody(text: string, dictionary: DictionaryLookup | undefined, m: Messages, extraNotes: string[]): { html: string; nama?: string } {
  const form = buildFormModel(text, dictionary);
  const notes: string[] = [];
  for (const p of form.problems) notes.push(p.kind === 'syntax' ? m.parseProblems(p.count ?? 1) : m.notAStandard);
  const out: string[] = [];
  out.push('<main class="form">');
  if (extraNotes.length) out.push(`<div class="notes errors" role="alert"><strong>${escapeHtml(m.notes)}:</strong> ${extraNotes.map(escapeHtml).join('<br>')}</div>`);
  if (notes.length) out.push(`<div class="notes" role="note"><strong>${escapeHtml(m.notes)}:</strong> ${notes.map(escapeHtml).join(' ')}</div>`);
  out.push(`<h1 class="form-title">${escapeHtml(FORM_TITLE)}</h1>`);
  out.push(renderHeader(form));
  out.push(renderIkhtisar(form));
  out.push(renderKompetensi(form, m));
  out.push(renderPersyaratan(form));
  out.push(`<footer class="source">${escapeHtml(FORM_SOURCE)}</footer>`);
  out.push('</main>');
  return { html: out.join('\n'), nama: form.nama };
}

function cell(value: string | undefined, cls = ''): string {
  if (value === undefined) return '';
  return cls ? `<span class="${cls}">${escapeHtml(value)}</span>` : escapeHtml(value);
}

function renderHeader(form: FormModel): string {
  return [
    '<table class="header" id="header">',
    ...form.header.map((h) => `<tr data-field="${h.key}"><th scope="row">${escapeHtml(h.label)}</th><td class="colon">:</td><td>${cell(h.value)}</td></tr>`),
    '</table>',
  ].join('\n');
}

function renderIkhtisar(form: FormModel): string {
  return [
    '<section id="ikhtisar" class="section">',
    '<h2>I. IKHTISAR JABATAN</h2>',
    '<table class="grid"><tr>',
    '<th scope="row" class="label">Ikhtisar Jabatan</th>',
    `<td>${form.ikhtisar !== undefined ? paragraphs(form.ikhtisar) : ''}</td>`,
    '</tr></table>',
    '</section>',
  ].join('\n');
}

function paragraphs(s: string): string {
  return s
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

// --- II. Standar Kompetensi --------------------------------------------------------------------

function renderKompetensi(form: FormModel, m: Messages): string {
  const out: string[] = [];
  out.push('<section id="standar-kompetensi" class="section">');
  out.push('<h2>II. STANDAR KOMPETENSI</h2>');
  out.push('<table class="grid competencies">');
  out.push('<colgroup><col class="c-name"><col class="c-level"><col class="c-desc"><col class="c-ind"></colgroup>');
  out.push('<thead><tr>' + COMPETENCY_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('') + '</tr></thead>');
  out.push('<tbody>');
  for (const g of form.groups) {
    out.push(`<tr class="group" data-section="${g.section}"><th colspan="4" scope="rowgroup">${escapeHtml(g.label)}</th></tr>`);
    for (const row of g.rows) out.push(row.blank ? `<tr class="row-empty"><td>${row.no}.</td><td></td><td></td><td></td></tr>` : competencyRow(row, m));
  }
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

function competencyRow(row: FormCompetencyRow, m: Messages): string {
  const prefix = row.no !== undefined ? `${row.no}. ` : '';
  const nameHtml = `${escapeHtml(prefix)}${row.name ? escapeHtml(row.name) : ''}` + (row.code ? ` <span class="code">(${escapeHtml(row.code)})</span>` : '');
  let levelHtml = cell(row.level, row.levelInvalid ? 'invalid' : '');
  if (row.levelName) levelHtml += `<div class="level-name">${escapeHtml(row.levelName)}</div>`;
  let descHtml = '';
  if (row.deskripsi !== undefined)
    descHtml = row.deskripsiFromDictionary ? `<span class="from-dictionary" title="${escapeHtml(m.fromDictionary)}">${escapeHtml(row.deskripsi)}</span>` : escapeHtml(row.deskripsi);
  let indHtml = '';
  if (row.indicators.length) {
    const cls = row.indicatorsFromDictionary ? ` class="indicators from-dictionary" title="${escapeHtml(m.fromDictionary)}"` : ' class="indicators"';
    indHtml =
      `<ol${cls}>` +
      row.indicators
        .map((i) => {
          const teks = i.unknown ? `<span class="unknown">(${escapeHtml(m.unknownIndicator)})</span>` : escapeHtml(i.teks);
          return i.nomor ? `<li><span class="nomor">${escapeHtml(i.nomor)}</span> ${teks}</li>` : `<li>${teks}</li>`;
        })
        .join('') +
      '</ol>';
  }
  const cls = row.missing ? 'competency missing-row' : 'competency';
  return (
    `<tr class="${cls}" data-code="${escapeHtml(row.code ?? '')}" data-section="${row.section}">` +
    `<td class="name">${nameHtml}</td><td class="level">${levelHtml}</td><td class="desc">${descHtml}</td><td class="ind">${indHtml}</td></tr>`
  );
}

// --- III. Persyaratan Jabatan ------------------------------------------------------------------

function renderPersyaratan(form: FormModel): string {
  const cols = REQUIREMENT_COLUMNS;
  const out: string[] = [];
  out.push('<section id="persyaratan" class="section">');
  out.push('<h2>III. PERSYARATAN JABATAN</h2>');
  out.push('<table class="grid requirements">');
  out.push('<colgroup><col class="c-kind"><col class="c-sub"><col class="c-uraian"><col class="c-tick"><col class="c-tick"><col class="c-tick"></colgroup>');
  out.push(
    '<thead>' +
      `<tr><th scope="col" rowspan="2" colspan="2">${escapeHtml(cols[0])}</th><th scope="col" rowspan="2">${escapeHtml(cols[1])}</th>` +
      `<th scope="colgroup" colspan="3">${escapeHtml(TINGKAT_HEADING)}</th></tr>` +
      `<tr>${TINGKAT.map((t, i) => `<th scope="col" class="tick" title="${escapeHtml(formGuide.tingkat[t])}">${escapeHtml(cols[2 + i])}</th>`).join('')}</tr>` +
      '</thead>',
  );
  out.push('<tbody>');
  for (const g of form.requirements) {
    out.push(
      ...reqLines(g).map((l) => {
        const head = l.groupSpan > 0 ? `<th scope="rowgroup" rowspan="${l.groupSpan}" class="kind">${escapeHtml(g.label)}</th>` : '';
        const sub = l.subSpan > 0 ? `<td class="sub" rowspan="${l.subSpan}">${escapeHtml(l.sub)}</td>` : '';
        const uraian = l.row ? escapeHtml(l.row.uraian) + (l.row.tingkatText ? ` <span class="invalid">(${escapeHtml(l.row.tingkatText)})</span>` : '') : '';
        return `<tr class="req" data-req="${g.key}">${head}${sub}<td class="uraian">${uraian}</td>${ticks(l.row?.tingkat)}</tr>`;
      }),
    );
  }
  out.push(`<tr class="req" data-req="pangkat"><th scope="row" colspan="2">D. Pangkat</th><td colspan="4">${cell(form.pangkat)}</td></tr>`);
  const ik = form.indikatorKinerja;
  out.push(
    `<tr class="req" data-req="indikator_kinerja"><th scope="row" colspan="2">E. Indikator Kinerja Jabatan</th><td colspan="4">` +
      (ik.length ? `<ol class="kinerja">${ik.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>` : '') +
      '</td></tr>',
  );
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

function ticks(t: Tingkat | undefined): string {
  return TINGKAT.map((k) => `<td class="tick" data-tingkat="${k}">${t === k ? '<span class="check" aria-label="' + k + '">&#8730;</span>' : ''}</td>`).join('');
}

// --- styles ------------------------------------------------------------------------------------

const COMMON_CSS = `
.skj-form main.form{max-width:1100px;margin:0 auto}
.form-title{text-align:center;font-size:1.25em;letter-spacing:.04em;margin:.5em 0 1em}
h2{font-size:1.05em;margin:1.2em 0 .4em}
table{border-collapse:collapse;width:100%}
table.header{width:auto;margin-bottom:.5em}
table.header th{text-align:left;font-weight:600;padding:.15em .6em .15em 0;white-space:nowrap}
table.header td{padding:.15em .3em}
table.grid th,table.grid td{border:1px solid var(--border);padding:.35em .5em;vertical-align:top;text-align:left}
table.grid thead th{background:var(--head-bg);text-align:center}
table.grid tr.group th{background:var(--group-bg);font-weight:600}
th.label{width:18%}
col.c-name{width:20%}col.c-level{width:7%}col.c-desc{width:28%}
col.c-kind{width:14%}col.c-sub{width:14%}col.c-tick{width:7%}
td.level{text-align:center}
td.tick{text-align:center;font-size:1.1em}
.level-name{font-size:.8em;opacity:.8}
.code{font-family:var(--mono);font-size:.85em;opacity:.8}
ol.indicators,ol.kinerja{margin:0;padding-left:1.2em}
ol.indicators{list-style:none;padding-left:0}
ol.indicators li{margin:0 0 .25em}
.nomor{font-family:var(--mono);font-size:.85em;margin-right:.3em}
.missing{font-style:italic;opacity:.65}
.invalid{color:var(--error);font-weight:600}
.unknown{font-style:italic;color:var(--warn)}
.from-dictionary{opacity:.85}
.notes{border:1px solid var(--warn);padding:.5em .75em;margin:.5em 0 1em;border-radius:3px}
footer.source{margin-top:1.5em;font-size:.8em;opacity:.7}
p{margin:0 0 .4em}
`;

const WEBVIEW_CSS = `
:root{--border:var(--vscode-panel-border,var(--vscode-editorWidget-border,#8886));--head-bg:var(--vscode-editorWidget-background,#8881);
--group-bg:var(--vscode-list-inactiveSelectionBackground,#8882);--mono:var(--vscode-editor-font-family,monospace);
--error:var(--vscode-errorForeground,#c00);--warn:var(--vscode-editorWarning-foreground,#b80)}
body{color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family,sans-serif);font-size:var(--vscode-font-size,13px);padding:0 1em 2em;line-height:1.4}
@media print{:root{--border:#000;--head-bg:#eee;--group-bg:#f4f4f4}body{color:#000;background:#fff}}
`;

const PRINT_CSS = `
:root{--border:#000;--head-bg:#eee;--group-bg:#f4f4f4;--mono:"DejaVu Sans Mono",Consolas,monospace;--error:#b00;--warn:#a60}
@page{size:A4;margin:15mm 12mm}
body{color:#000;background:#fff;font-family:"Times New Roman",Times,serif;font-size:11pt;line-height:1.3;margin:1em}
tr,li{page-break-inside:avoid;break-inside:avoid}
thead{display:table-header-group}
h2{page-break-after:avoid;break-after:avoid}
@media print{body{margin:0}.notes{display:none}.notes.errors{display:block}}
.notes.errors{border-color:var(--error);color:var(--error)}
`;
