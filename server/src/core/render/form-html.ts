/**
 * Renders a standard (*.skj.yaml text) as the official FORM STANDAR KOMPETENSI JABATAN ASN
 * (PermenPANRB 38/2017, Lampiran I angka 4 huruf h). Pure: no I/O, never throws. Used by the
 * editor's preview (webview mode, theme-aware) and by "export" / `skj render` (print mode).
 */
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { indicatorByNumber, indicatorByText } from '../dictionary/match';
import type { Competency, DictionaryLookup } from '../dictionary/model';
import { parseIndicatorRef } from '../dictionary/normalize';
import { isKelompok, KELOMPOK, tierOf } from '../domain/tiers';
import { CompetencyItem, buildSkjModel, Field, Section, SkjModel, validLevel } from '../model/skj-model';
import { isMap, isScalar, isSeq, parseFile, scalarText, seqItems } from '../parse/parsed-file';
import formGuide from '../dictionary/form-guide.json';
import { statusRows } from './status-rows';
import type { ParsedFile } from '../parse/parsed-file';
import technicalLevels from '../dictionary/technical-levels.json';

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
}

const FORM = formGuide.form;
const TINGKAT = ['mutlak', 'penting', 'perlu'] as const;
type Tingkat = (typeof TINGKAT)[number];

const MSG = {
  id: {
    notes: 'Catatan',
    parseProblems: (n: number) => `Berkas memuat ${n} kesalahan sintaks YAML; formulir menampilkan bagian yang dapat dibaca.`,
    notAStandard: 'Berkas belum berisi standar kompetensi (tidak ada peta `jabatan`/`kompetensi`).',
    missing: 'belum diisi',
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
    missing: 'not filled in',
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
    const r = renderBody(typeof text === 'string' ? text : '', opts.dictionary, m);
    body = r.html;
    title = title ?? r.nama;
  } catch (e) {
    body = `<div class="notes" role="alert"><strong>${escapeHtml(m.renderFailed)}</strong>: ${escapeHtml((e as Error)?.message ?? e)}</div>`;
  }
  const csp =
    mode === 'webview'
      ? `default-src 'none'; style-src ${cspToken(opts.cspSource)} 'nonce-${nonce}'; img-src ${cspToken(opts.cspSource)} data:; font-src ${cspToken(opts.cspSource)}; script-src 'none'; base-uri 'none'; form-action 'none'`
      : `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'`;
  const docTitle = title ? `${FORM.title} — ${title}` : FORM.title;
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

interface Ctx {
  model: SkjModel;
  dict: DictionaryLookup;
  m: Messages;
  file?: ParsedFile;
}

function renderBody(text: string, dictionary: DictionaryLookup | undefined, m: Messages): { html: string; nama?: string } {
  const file = parseFile('untitled:form.skj.yaml', 'skj', text);
  const model = buildSkjModel(file);
  const ctx: Ctx = { model, dict: dictionary ?? builtinDictionary(), m, file };
  const notes: string[] = [];
  const syntax = file.problems.filter((p) => p.severity === 'error').length;
  if (syntax) notes.push(m.parseProblems(syntax));
  if (!model.jabatan && !model.kompetensi && !model.persyaratan) notes.push(m.notAStandard);

  const job = model.job;
  const nama = job['nama']?.text;
  const out: string[] = [];
  out.push('<main class="form">');
  if (notes.length) out.push(`<div class="notes" role="note"><strong>${escapeHtml(m.notes)}:</strong> ${notes.map(escapeHtml).join(' ')}</div>`);
  out.push(`<h1 class="form-title">${escapeHtml(FORM.title)}</h1>`);
  out.push(renderHeader(ctx));
  out.push(renderIkhtisar(ctx));
  out.push(renderKompetensi(ctx));
  out.push(renderPersyaratan(ctx));
  out.push(`<footer class="source">${escapeHtml(formGuide.sumber)}</footer>`);
  out.push('</main>');
  return { html: out.join('\n'), nama };
}

function text(f: Field | undefined): string | undefined {
  const t = f?.text?.trim();
  return t ? t : undefined;
}

function cell(value: string | undefined, m: Messages, cls = ''): string {
  if (value === undefined) return `<span class="missing${cls ? ' ' + cls : ''}">${escapeHtml(m.missing)}</span>`;
  return cls ? `<span class="${cls}">${escapeHtml(value)}</span>` : escapeHtml(value);
}

function renderHeader(ctx: Ctx): string {
  const { job } = ctx.model;
  const kelompok = text(job['kelompok']);
  const jenjang = text(job['jenjang']);
  const tier = tierOf(jenjang);
  let kelompokText: string | undefined;
  if (kelompok !== undefined || jenjang !== undefined) {
    const k = kelompok !== undefined ? (isKelompok(kelompok) ? KELOMPOK[kelompok].label : kelompok) : undefined;
    const j = tier ? tier.label : jenjang;
    kelompokText = [k, j].filter(Boolean).join(' — ');
  }
  const rows: [string, string | undefined, string][] = [
    ['Nama Jabatan', text(job['nama']), 'nama'],
    ['Kelompok Jabatan', kelompokText, 'kelompok'],
    ['Urusan Pemerintah', text(job['urusan']), 'urusan'],
    ['Kode Jabatan', text(job['kode']), 'kode'],
    ...(ctx.file ? statusRows(ctx.file, ctx.model) : []),
  ];
  return [
    '<table class="header" id="header">',
    ...rows.map(([label, value, key]) => `<tr data-field="${key}"><th scope="row">${escapeHtml(label)}</th><td class="colon">:</td><td>${cell(value, ctx.m)}</td></tr>`),
    '</table>',
  ].join('\n');
}

function renderIkhtisar(ctx: Ctx): string {
  const ikhtisar = text(ctx.model.job['ikhtisar']);
  return [
    '<section id="ikhtisar" class="section">',
    '<h2>I. IKHTISAR JABATAN</h2>',
    '<table class="grid"><tr>',
    '<th scope="row" class="label">Ikhtisar Jabatan</th>',
    `<td>${ikhtisar !== undefined ? paragraphs(ikhtisar) : cell(undefined, ctx.m)}</td>`,
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

function renderKompetensi(ctx: Ctx): string {
  const sections = ctx.model.sections;
  const out: string[] = [];
  out.push('<section id="standar-kompetensi" class="section">');
  out.push('<h2>II. STANDAR KOMPETENSI</h2>');
  out.push('<table class="grid competencies">');
  out.push('<colgroup><col class="c-name"><col class="c-level"><col class="c-desc"><col class="c-ind"></colgroup>');
  out.push('<thead><tr>' + FORM.columns['II. STANDAR KOMPETENSI'].map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('') + '</tr></thead>');
  out.push('<tbody>');
  let no = 0;

  out.push(groupRow('A. Manajerial', 'manajerial'));
  const man = sections.manajerial?.items ?? [];
  for (const code of MANAGERIAL_CODES) out.push(...officialRows(ctx, ++no, code, man));
  for (const item of extras(man, MANAGERIAL_CODES)) out.push(competencyRow(ctx, undefined, item));

  out.push(groupRow('B. Sosial Kultural', 'sosial_kultural'));
  const sk = sections.sosial_kultural?.items ?? [];
  for (const code of SOCIOCULTURAL_CODES) out.push(...officialRows(ctx, ++no, code, sk));
  for (const item of extras(sk, SOCIOCULTURAL_CODES)) out.push(competencyRow(ctx, undefined, item));

  out.push(groupRow('C. Teknis', 'teknis'));
  const tek = sections.teknis?.items ?? [];
  if (tek.length === 0) out.push(`<tr class="row-empty"><td>${no + 1}.</td><td></td><td></td><td></td></tr>`);
  for (const item of tek) out.push(competencyRow(ctx, ++no, item));

  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

function groupRow(label: string, section: Section): string {
  return `<tr class="group" data-section="${section}"><th colspan="4" scope="rowgroup">${escapeHtml(label)}</th></tr>`;
}

function codeOf(item: CompetencyItem): string | undefined {
  return text(item.kode);
}

/** The rows for one of the fixed form rows (M.01 … SK.01): the file's item(s), or an empty row. */
function officialRows(ctx: Ctx, no: number, code: string, items: CompetencyItem[]): string[] {
  const found = items.filter((i) => codeOf(i) === code);
  if (found.length === 0) {
    const c = ctx.dict.get(code);
    return [
      `<tr class="competency missing-row" data-code="${escapeHtml(code)}"><td class="name">${escapeHtml(`${no}. ${c?.nama ?? code}`)} <span class="code">(${escapeHtml(code)})</span></td>` +
        `<td class="level">${cell(undefined, ctx.m)}</td><td></td><td></td></tr>`,
    ];
  }
  return found.map((item) => competencyRow(ctx, no, item));
}

function extras(items: CompetencyItem[], official: string[]): CompetencyItem[] {
  return items.filter((i) => !official.includes(codeOf(i) ?? ''));
}

function competencyRow(ctx: Ctx, no: number | undefined, item: CompetencyItem): string {
  const { m } = ctx;
  const code = codeOf(item);
  const comp: Competency | undefined = code ? ctx.dict.get(code) : undefined;
  const level = validLevel(item);
  const levelText = text(item.level);
  const name = text(item.nama) ?? comp?.nama;
  const prefix = no !== undefined ? `${no}. ` : '';
  const nameHtml =
    `${escapeHtml(prefix)}${name ? escapeHtml(name) : ''}` +
    (code ? ` <span class="code">(${escapeHtml(code)})</span>` : name ? '' : cell(undefined, m));

  let levelHtml = cell(levelText, m, level === undefined && levelText !== undefined ? 'invalid' : '');
  if (item.section === 'teknis' && level !== undefined) {
    const lv = technicalLevels.levels.find((l) => l.level === level);
    if (lv) levelHtml += `<div class="level-name">${escapeHtml(lv.nama)}</div>`;
  }

  const official = comp && level !== undefined ? comp.levels.get(level) : undefined;
  let descHtml: string;
  const desc = text(item.deskripsi);
  if (desc !== undefined) descHtml = escapeHtml(desc);
  else if (official) descHtml = `<span class="from-dictionary" title="${escapeHtml(m.fromDictionary)}">${escapeHtml(official.deskripsi)}</span>`;
  else descHtml = '';

  let indHtml: string;
  if (item.indikator) {
    const list = indicatorList(item, comp, m);
    indHtml = list.length ? `<ol class="indicators">${list.join('')}</ol>` : '';
  } else if (official && official.indikator.length) {
    indHtml =
      `<ol class="indicators from-dictionary" title="${escapeHtml(m.fromDictionary)}">` +
      official.indikator.map((i) => `<li><span class="nomor">${escapeHtml(i.nomor)}</span> ${escapeHtml(i.teks)}</li>`).join('') +
      '</ol>';
  } else indHtml = '';

  return (
    `<tr class="competency" data-code="${escapeHtml(code ?? '')}" data-section="${item.section}">` +
    `<td class="name">${nameHtml}</td><td class="level">${levelHtml}</td><td class="desc">${descHtml}</td><td class="ind">${indHtml}</td></tr>`
  );
}

function indicatorList(item: CompetencyItem, comp: Competency | undefined, m: Messages): string[] {
  const out: string[] = [];
  const node = item.indikator?.node;
  const texts: string[] = isSeq(node) ? seqItems(node).map((n) => scalarText(n) ?? '') : isScalar(node) ? [scalarText(node) ?? ''] : [];
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    const ref = parseIndicatorRef(t);
    if (ref.nomor && !ref.teks) {
      const found = comp ? indicatorByNumber(comp, ref.nomor) : undefined;
      out.push(
        found
          ? `<li><span class="nomor">${escapeHtml(ref.nomor)}</span> ${escapeHtml(found.indicator.teks)}</li>`
          : `<li><span class="nomor">${escapeHtml(ref.nomor)}</span> <span class="unknown">(${escapeHtml(m.unknownIndicator)})</span></li>`,
      );
    } else if (ref.nomor) {
      out.push(`<li><span class="nomor">${escapeHtml(ref.nomor)}</span> ${escapeHtml(ref.teks)}</li>`);
    } else {
      const found = comp ? indicatorByText(comp, t) : undefined;
      out.push(found ? `<li><span class="nomor">${escapeHtml(found.indicator.nomor)}</span> ${escapeHtml(t)}</li>` : `<li>${escapeHtml(t)}</li>`);
    }
  }
  return out;
}

// --- III. Persyaratan Jabatan ------------------------------------------------------------------

interface ReqRow {
  uraian: string;
  tingkat?: string;
}

function fieldsOfNode(node: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isMap(node)) return out;
  for (const p of node.items) {
    if (!isScalar(p.key)) continue;
    const k = String(p.key.value);
    if (!(k in out)) out[k] = p.value;
  }
  return out;
}

function nodeText(node: unknown): string | undefined {
  if (isScalar(node)) return scalarText(node)?.trim() || undefined;
  if (isSeq(node)) {
    const parts = seqItems(node)
      .map((n) => scalarText(n)?.trim())
      .filter((s): s is string => !!s);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

function listOf(node: unknown): unknown[] {
  if (isSeq(node)) return seqItems(node);
  return node == null ? [] : [node];
}

function renderPersyaratan(ctx: Ctx): string {
  const { m } = ctx;
  const req = ctx.model.requirements;
  const cols = FORM.columns['III. PERSYARATAN JABATAN'];
  const out: string[] = [];
  out.push('<section id="persyaratan" class="section">');
  out.push('<h2>III. PERSYARATAN JABATAN</h2>');
  out.push('<table class="grid requirements">');
  out.push('<colgroup><col class="c-kind"><col class="c-sub"><col class="c-uraian"><col class="c-tick"><col class="c-tick"><col class="c-tick"></colgroup>');
  out.push(
    '<thead>' +
      `<tr><th scope="col" rowspan="2" colspan="2">${escapeHtml(cols[0])}</th><th scope="col" rowspan="2">${escapeHtml(cols[1])}</th>` +
      `<th scope="colgroup" colspan="3">Tingkat pentingnya thd jabatan</th></tr>` +
      `<tr>${TINGKAT.map((t, i) => `<th scope="col" class="tick" title="${escapeHtml(formGuide.tingkat[t])}">${escapeHtml(cols[2 + i])}</th>`).join('')}</tr>` +
      '</thead>',
  );
  out.push('<tbody>');

  // A. Pendidikan: per entry, "1. Jenjang" and "2. Bidang Ilmu".
  const pend = listOf(req['pendidikan']?.node).map(fieldsOfNode);
  const jenjangRows: ReqRow[] = [];
  const bidangRows: ReqRow[] = [];
  for (const e of pend) {
    const tingkat = nodeText(e['tingkat']);
    const j = nodeText(e['jenjang']);
    const b = nodeText(e['bidang_ilmu']);
    if (j !== undefined) jenjangRows.push({ uraian: j, tingkat });
    if (b !== undefined) bidangRows.push({ uraian: b, tingkat });
  }
  out.push(...reqGroup('A. Pendidikan', 'pendidikan', [['1. Jenjang', jenjangRows], ['2. Bidang Ilmu', bidangRows]], m));

  // B. Pelatihan by jenis.
  const pel = listOf(req['pelatihan']?.node).map(fieldsOfNode);
  const byJenis: Record<string, ReqRow[]> = { manajerial: [], teknis: [], fungsional: [] };
  const otherPel: ReqRow[] = [];
  for (const e of pel) {
    const row = { uraian: nodeText(e['uraian']) ?? '', tingkat: nodeText(e['tingkat']) };
    const jenis = nodeText(e['jenis']);
    if (!row.uraian && !row.tingkat) continue;
    if (jenis && byJenis[jenis]) byJenis[jenis].push(row);
    else otherPel.push({ ...row, uraian: jenis ? `${jenis}: ${row.uraian}` : row.uraian });
  }
  const pelSubs: [string, ReqRow[]][] = [
    ['1. Manajerial', byJenis.manajerial],
    ['2. Teknis', byJenis.teknis],
    ['3. Fungsional', byJenis.fungsional],
  ];
  if (otherPel.length) pelSubs.push(['', otherPel]);
  out.push(...reqGroup('B. Pelatihan', 'pelatihan', pelSubs, m));

  // C. Pengalaman kerja.
  const pk = listOf(req['pengalaman_kerja']?.node)
    .map((n) => (isMap(n) ? fieldsOfNode(n) : { uraian: n }))
    .map((e) => ({ uraian: nodeText(e['uraian']) ?? '', tingkat: nodeText(e['tingkat']) }))
    .filter((r) => r.uraian || r.tingkat);
  out.push(...reqGroup('C. Pengalaman Kerja', 'pengalaman_kerja', [['', pk]], m));

  // D. Pangkat, E. Indikator kinerja.
  const pangkat = nodeText(req['pangkat']?.node);
  out.push(`<tr class="req" data-req="pangkat"><th scope="row" colspan="2">D. Pangkat</th><td colspan="4">${cell(pangkat, m)}</td></tr>`);
  const ik = listOf(req['indikator_kinerja']?.node)
    .map((n) => nodeText(n))
    .filter((s): s is string => !!s);
  out.push(
    `<tr class="req" data-req="indikator_kinerja"><th scope="row" colspan="2">E. Indikator Kinerja Jabatan</th><td colspan="4">` +
      (ik.length ? `<ol class="kinerja">${ik.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>` : cell(undefined, m)) +
      '</td></tr>',
  );
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

function ticks(tingkat: string | undefined): string {
  const t = tingkat?.toLowerCase() as Tingkat | undefined;
  return TINGKAT.map((k) => `<td class="tick" data-tingkat="${k}">${t === k ? '<span class="check" aria-label="' + k + '">&#8730;</span>' : ''}</td>`).join('');
}

/** Rows of one requirement group: the group label spans all its rows; each sub-label spans its rows. */
function reqGroup(label: string, key: string, subs: [string, ReqRow[]][], m: Messages): string[] {
  const lines: { sub: string; subSpan: number; row?: ReqRow }[] = [];
  for (const [sub, rows] of subs) {
    if (rows.length === 0) {
      if (sub) lines.push({ sub, subSpan: 1 });
      continue;
    }
    rows.forEach((row, i) => lines.push({ sub: i === 0 ? sub : '', subSpan: i === 0 ? rows.length : 0, row }));
  }
  if (lines.length === 0) lines.push({ sub: '', subSpan: 1 });
  return lines.map((l, i) => {
    const head = i === 0 ? `<th scope="rowgroup" rowspan="${lines.length}" class="kind">${escapeHtml(label)}</th>` : '';
    const sub = l.subSpan > 0 ? `<td class="sub" rowspan="${l.subSpan}">${escapeHtml(l.sub)}</td>` : '';
    const uraian = l.row ? escapeHtml(l.row.uraian) : cell(undefined, m);
    return `<tr class="req" data-req="${key}">${head}${sub}<td class="uraian">${uraian}</td>${ticks(l.row?.tingkat)}</tr>`;
  });
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
@media print{body{margin:0}.notes{display:none}}
`;
