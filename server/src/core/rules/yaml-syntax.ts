import { isScalar, visit } from 'yaml';
import { yamlString } from '../edit/yaml-edits';
import { parseFile, type ParseProblem } from '../parse/parsed-file';
import type { Fix, Locale } from '../types';
import { messages, Rule, RuleContext } from './rule';
import { slipOf } from './yaml-slip';

const msg = messages({
  id: {
    codes: {
      DUPLICATE_KEY: 'Kunci ganda: kunci yang sama sudah ada di pemetaan ini.',
      MULTIPLE_DOCS: 'Berkas berisi lebih dari satu dokumen YAML (---); satu berkas = satu jabatan.',
      TAG_RESOLVE_FAILED: 'Tag YAML (!…) tidak didukung dalam berkas SKJ; hapus tag itu.',
      BAD_ALIAS: 'Alias atau anchor YAML (* atau &) tidak sah; berkas SKJ tidak memerlukannya.',
      PARSER_FAILURE: 'Berkas tidak dapat dibaca: struktur terlalu dalam atau rusak.',
      NESTING_TOO_DEEP: 'Struktur YAML bersarang terlalu dalam; berkas tidak diperiksa lebih lanjut.',
      RESOURCE_EXHAUSTION: 'Struktur YAML bersarang terlalu dalam; berkas tidak diperiksa lebih lanjut.',
    } as Record<string, string>,
    indent: (n: number, above: number) => `baris ini menjorok ${n} spasi, baris di atasnya ${above}`,
    tab: 'Tab dipakai untuk menjorokkan baris ini; YAML hanya menerima spasi.',
    seqItem: (why: string) => `Baris ini tidak sejajar dengan kunci di atasnya (${why}): samakan indentasinya, atau awali dengan "- " bila ini butir daftar baru.`,
    mapItems: (why: string) => `Kunci-kunci dalam satu bagian harus sejajar (${why}).`,
    seqItems: (why: string) => `Butir-butir daftar harus sejajar (${why}).`,
    continuation: (key: string, why: string) =>
      `Baris ini menjorok lebih dalam dari "${key}" di atasnya (${why}), sehingga dibaca sebagai lanjutan nilai "${key}". Samakan indentasinya dengan "${key}".`,
    colonInValue: 'Nilai ini memuat ": " sehingga dibaca sebagai kunci baru; beri tanda kutip pada seluruh nilainya.',
    noValue: 'Baris ini bukan pasangan "kunci: nilai" dan bukan butir daftar: tambahkan titik dua setelah kuncinya, atau awali dengan "- ".',
    closingQuote: (q: string) => `Tanda kutip penutup ${q} tidak ditemukan: tutup teksnya dengan ${q}.`,
    closingBracket: (b: string) => `Kurung penutup ${b} tidak ditemukan.`,
    hashSpace: 'Tanda # harus didahului spasi; tanpa spasi ia menjadi bagian teks, dengan spasi ia memulai komentar.',
    plainStart: (c: string) => `Nilai tidak boleh diawali ${c} tanpa tanda kutip; beri tanda kutip pada nilainya.`,
    badEscape: (raw: string) => `Di dalam tanda kutip ganda, ${raw} bukan urutan escape yang sah; pakai tanda kutip tunggal, atau tulis \\\\ untuk garis miring terbalik.`,
    blockHeader: 'Setelah | atau > hanya boleh ada - atau + (dan angka); teksnya dimulai di baris berikutnya.',
    generic: (m: string) => `Kesalahan sintaks YAML: ${m}.`,
    cut: (rest: string) =>
      `Teks setelah " #" dibaca sebagai komentar dan tidak masuk ke nilai: "${rest}". Beri tanda kutip pada nilainya bila itu bagian dari teks.`,
    fixQuote: 'Beri tanda kutip pada nilai',
    fixQuoteWhole: (v: string) => `Beri tanda kutip: ${v}`,
    fixTabs: 'Ganti tab dengan spasi',
    fixIndent: (n: number) => `Jadikan menjorok ${n} spasi`,
  },
  en: {
    codes: {
      DUPLICATE_KEY: 'Duplicate key: this key is already present in this mapping.',
      MULTIPLE_DOCS: 'The file holds more than one YAML document (---); one file = one position.',
      TAG_RESOLVE_FAILED: 'YAML tags (!…) are not supported in SKJ files; remove the tag.',
      BAD_ALIAS: 'Invalid YAML alias or anchor (* or &); SKJ files do not need them.',
      PARSER_FAILURE: 'The file cannot be read: nesting too deep or broken.',
      NESTING_TOO_DEEP: 'The YAML is nested too deeply; the file is not checked further.',
      RESOURCE_EXHAUSTION: 'The YAML is nested too deeply; the file is not checked further.',
    } as Record<string, string>,
    indent: (n: number, above: number) => `this line is indented ${n} spaces, the line above ${above}`,
    tab: 'Tabs indent this line; YAML accepts only spaces.',
    seqItem: (why: string) => `This line is not aligned with the key above it (${why}): align it, or start it with "- " if it is a new list item.`,
    mapItems: (why: string) => `The keys of one section must be aligned (${why}).`,
    seqItems: (why: string) => `The items of a list must be aligned (${why}).`,
    continuation: (key: string, why: string) =>
      `This line is indented deeper than "${key}" above it (${why}), so it reads as the rest of "${key}"'s value. Align it with "${key}".`,
    colonInValue: 'This value contains ": " so it reads as a new key; put the whole value in quotes.',
    noValue: 'This line is neither a "key: value" pair nor a list item: add a colon after the key, or start it with "- ".',
    closingQuote: (q: string) => `Missing closing quote ${q}: end the text with ${q}.`,
    closingBracket: (b: string) => `Missing closing bracket ${b}.`,
    hashSpace: 'A # must follow a space: without one it is part of the text, with one it starts a comment.',
    plainStart: (c: string) => `A value cannot start with ${c} unless quoted; put the value in quotes.`,
    badEscape: (raw: string) => `Inside double quotes, ${raw} is not a valid escape; use single quotes, or write \\\\ for a backslash.`,
    blockHeader: 'After | or > only - or + (and a digit) may follow; the text starts on the next line.',
    generic: (m: string) => `YAML syntax error: ${m}.`,
    cut: (rest: string) => `The text after " #" reads as a comment and is not part of the value: "${rest}". Quote the value if it belongs to the text.`,
    fixQuote: 'Put the value in quotes',
    fixQuoteWhole: (v: string) => `Quote it: ${v}`,
    fixTabs: 'Replace tabs with spaces',
    fixIndent: (n: number) => `Indent by ${n} spaces`,
  },
});

type M = ReturnType<typeof msg>;

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  appliesTo: ['skj', 'kamus'],
  title: { id: 'YAML tidak dapat diurai', en: 'The YAML does not parse' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const group of slipGroups(ctx)) reportProblem(ctx, m, group);
    reportCutValues(ctx, m);
  },
};

/**
 * One finding per slip: the parser's errors that follow from one mistake (an indentation slip
 * misreads the lines after it) are one group; only the first error of each group is reported.
 * A group ends where the next top-level key starts. Warnings (duplicate keys) stay each their own.
 */
function slipGroups(ctx: RuleContext): ParseProblem[] {
  const problems = [...ctx.file.problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const out: ParseProblem[] = [];
  let lastSection = -1;
  for (const p of problems) {
    if (p.severity !== 'error' || p.code === 'DUPLICATE_KEY') {
      out.push(p);
      continue;
    }
    const section = sectionOf(ctx, p.range.start.line);
    // Every tab is its own problem (each line needs its fix); what it misparses after it is not.
    if (p.code === 'TAB_AS_INDENT') {
      lastSection = section;
      out.push(p);
      continue;
    }
    if (section === lastSection) continue;
    lastSection = section;
    out.push(p);
  }
  return out;
}

/** The line of the top-level key a line belongs to. */
function sectionOf(ctx: RuleContext, line: number): number {
  for (let l = line; l >= 0; l--) if (/^[^\s#-]/.test(ctx.file.lines.lineText(l))) return l;
  return 0;
}

function reportProblem(ctx: RuleContext, m: M, p: ParseProblem): void {
  const lines = ctx.file.lines;
  const known = m.codes[p.code];
  if (known) {
    ctx.report({ range: p.range, message: known });
    return;
  }
  const slip = slipOf(ctx.file, p);
  const why = slip ? m.indent(slip.indent, slip.aboveIndent) : '';
  const fixes: Fix[] = [];
  const indentFix = () => {
    if (slip?.expected !== undefined && slip.expected !== slip.indent)
      fixes.push({ title: m.fixIndent(slip.expected), isPreferred: true, edits: [{ range: { start: { line: slip.line, character: 0 }, end: { line: slip.line, character: slip.indentChars } }, newText: ' '.repeat(slip.expected) }] });
  };
  const lineRange = (l: number) => ({ start: { line: l, character: slip && slip.line === l ? slip.indentChars : 0 }, end: { line: l, character: lines.lineText(l).length } });
  let message: string;
  let range = p.range;
  const text = p.message;
  if (p.code === 'TAB_AS_INDENT' || slip?.tab) {
    message = m.tab;
    const l = slip?.line ?? p.range.start.line;
    range = lineRange(l);
    const lead = /^[ \t]*/.exec(lines.lineText(l))![0];
    fixes.push({ title: m.fixTabs, isPreferred: true, edits: [{ range: { start: { line: l, character: 0 }, end: { line: l, character: lead.length } }, newText: lead.replace(/\t/g, '  ') }] });
  } else if (slip?.colonValue) {
    message = m.colonInValue;
    const v = slip.colonValue;
    range = v.range;
    fixes.push({ title: m.fixQuoteWhole(yamlString(v.text, 'double')), isPreferred: true, edits: [{ range: v.range, newText: yamlString(v.text, 'double') }] });
  } else if (slip?.noColon) {
    message = m.noValue;
    range = lineRange(slip.line);
  } else if (slip?.continuationOf) {
    message = m.continuation(slip.continuationOf, why);
    range = lineRange(slip.line);
    indentFix();
  } else if (/^Sequence item without - indicator/.test(text)) {
    message = m.seqItem(why || m.indent(0, 0));
    if (slip) range = lineRange(slip.line);
    indentFix();
  } else if (/^All mapping items must start at the same column/.test(text)) {
    message = m.mapItems(why || '');
    if (slip) range = lineRange(slip.line);
    indentFix();
  } else if (/^All sequence items must start at the same column/.test(text)) {
    message = m.seqItems(why || '');
    if (slip) range = lineRange(slip.line);
    indentFix();
  } else if (/^Implicit map keys need to be followed by map values/.test(text)) {
    message = m.noValue;
  } else if (/^Missing closing ("|')/.test(text)) {
    message = m.closingQuote(/^Missing closing ("|')/.exec(text)![1]);
  } else if (/^Missing closing/.test(text) || /^Missing , /.test(text) || /^Flow (sequence|mapping) in block collection/.test(text)) {
    message = m.closingBracket(/flow sequence|Flow sequence|\]/.test(text) ? ']' : '}');
  } else if (/^Comments must be separated/.test(text)) {
    message = m.hashSpace;
  } else if (/^Plain value cannot start with (.+)$/.test(text)) {
    message = m.plainStart(/^Plain value cannot start with (.+)$/.exec(text)![1].replace(/^reserved character /, ''));
  } else if (/^Invalid escape sequence (.+)$/.test(text)) {
    message = m.badEscape(/^Invalid escape sequence (.+)$/.exec(text)![1]);
  } else if (/^Block scalar header includes extra characters/.test(text)) {
    message = m.blockHeader;
  } else if (p.code === 'BLOCK_AS_IMPLICIT_KEY' || p.code === 'MULTILINE_IMPLICIT_KEY' || p.code === 'BAD_INDENT') {
    message = m.mapItems(why || '');
    if (slip) range = lineRange(slip.line);
    indentFix();
  } else message = m.generic(text.replace(/\.$/, ''));
  const safe = fixes.filter((f) => repairs(ctx, f));
  ctx.report({ range, message: message.replace(' ()', ''), ...(safe.length ? { fixes: safe } : {}), ...(p.severity === 'warning' ? { severity: 'warning' as const } : {}) });
}

/**
 * A syntax fix is offered only when it repairs: on the fixed text the parser reports fewer
 * errors, and none it did not report before (same line, same code). Fixes keep the line count.
 */
function repairs(ctx: RuleContext, fix: Fix): boolean {
  const { file } = ctx;
  let text = file.text;
  const edits = [...fix.edits].sort((a, b) => file.lines.offsetAt(b.range.start) - file.lines.offsetAt(a.range.start));
  for (const e of edits) text = text.slice(0, file.lines.offsetAt(e.range.start)) + e.newText + text.slice(file.lines.offsetAt(e.range.end));
  const key = (p: ParseProblem) => `${p.code}:${p.range.start.line}`;
  const before = new Set(file.problems.filter((p) => p.severity === 'error').map(key));
  const after = parseFile(file.uri, file.kind, text, { chunks: null }).problems.filter((p) => p.severity === 'error');
  // And the fixed section (the top-level key around the edit) parses cleanly.
  const section = sectionOf(ctx, fix.edits[0].range.start.line);
  const inSection = (p: ParseProblem) => sectionOf(ctx, Math.min(p.range.start.line, file.lines.lineCount - 1)) === section;
  return after.length < before.size && after.every((p) => before.has(key(p)) && !inSection(p));
}

/**
 * `nama: Kepala Subbagian Umum #1 dan Kepegawaian`: YAML reads "#1 dan Kepegawaian" as a comment,
 * so the value is cut. Warned when the comment follows the value after one space and starts
 * with no space ("# " after two spaces is the usual, meant comment).
 */
function reportCutValues(ctx: RuleContext, m: M): void {
  const { file } = ctx;
  // Most files have no " #x" at all: the tree walk is then skipped (it was 6 % of a check).
  if (!/ #\S/.test(file.text)) return;
  const severity = ctx.config.rules['yaml-syntax'] === undefined ? { severity: 'warning' as const } : {};
  visit(file.doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range || typeof node.value !== 'string') return;
      const end = node.range[1];
      const t = file.text;
      if (t[end] !== ' ' || t[end + 1] !== '#' || !/\S/.test(t[end + 2] ?? ' ')) return;
      const after = /^ #(\S[^\r\n]*)/.exec(t.slice(end, Math.min(t.length, end + 2000)));
      if (!after) return;
      const rest = after[1].replace(/\s+$/, '');
      const whole = `${node.value} #${rest}`;
      const range = file.lines.range(node.range[0], end + 2 + rest.length);
      const quoted = yamlString(whole, 'double');
      ctx.report({
        range,
        message: m.cut(`#${rest}`),
        ...severity,
        fixes: [{ title: m.fixQuoteWhole(quoted.length > 60 ? quoted.slice(0, 57) + '…"' : quoted), isPreferred: true, edits: [{ range, newText: quoted }] }],
      });
    },
  });
}

export type { Locale };
