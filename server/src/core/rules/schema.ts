import type { ErrorObject } from 'ajv';
import { canonicalEducation } from '../domain/education';
import { replaceScalar } from '../edit/yaml-edits';
import { isMap, isScalar, ParsedFile } from '../parse/parsed-file';
import { validateSchema } from '../schema/validate';
import type { Fix, Severity, TextEdit } from '../types';
import { messages, Rule } from './rule';
import { closest } from './suggest';
import { emptyFieldMessage, missingFieldMessage } from './schema-empty';

const msg = messages({
  id: {
    required: (key: string, parent: string) => `Kunci wajib "${key}" tidak ada di ${parent}.`,
    unknownKey: (key: string, hint?: string) => `Kunci "${key}" tidak dikenal di sini.${hint ? ` Maksud Anda "${hint}"?` : ''}`,
    enum: (value: string, allowed: string[], hint?: string) =>
      `"${value}" bukan nilai yang sah; gunakan salah satu dari: ${allowed.join(', ')}.${hint ? ` Maksud Anda "${hint}"?` : ''}`,
    type: (where: string, expected: string) => `${where} harus berupa ${expected}.`,
    minItems: (where: string, n: number) => `${where} harus berisi paling sedikit ${n} butir.`,
    minLength: (where: string) => `${where} tidak boleh kosong.`,
    pattern: (where: string, value: string) => `Format ${where} tidak sesuai: "${value}".`,
    range: (where: string, limit: string) => `${where} harus ${limit}.`,
    other: (where: string, m: string) => `${where}: ${m}`,
    root: 'dokumen',
    empty: (kind: string) =>
      kind === 'kamus'
        ? 'Kamus ini masih kosong: tekan Ctrl+Spasi dan pilih `kamus` untuk memulai.'
        : 'Standar ini masih kosong: tekan Ctrl+Spasi dan pilih "Standar baru: …", atau jalankan "SKJ: Buat standar kompetensi baru…".',
    alias: (m: string) => `Terlalu banyak alias YAML (kemungkinan "alias bomb"); berkas tidak divalidasi. ${m}`,
    types: { object: 'pemetaan (key: value)', array: 'daftar (- …)', string: 'teks', integer: 'bilangan bulat', number: 'bilangan', boolean: 'true/false' } as Record<string, string>,
    fixReplace: (v: string) => `Ganti dengan "${v}"`,
    more: (n: number) => `${n} masalah struktur lain di berkas ini tidak ditampilkan; perbaiki yang di atas dahulu.`,
  },
  en: {
    required: (key: string, parent: string) => `Required key "${key}" is missing in ${parent}.`,
    unknownKey: (key: string, hint?: string) => `Unknown key "${key}" here.${hint ? ` Did you mean "${hint}"?` : ''}`,
    enum: (value: string, allowed: string[], hint?: string) =>
      `"${value}" is not a valid value; use one of: ${allowed.join(', ')}.${hint ? ` Did you mean "${hint}"?` : ''}`,
    type: (where: string, expected: string) => `${where} must be ${expected}.`,
    minItems: (where: string, n: number) => `${where} must have at least ${n} item(s).`,
    minLength: (where: string) => `${where} must not be empty.`,
    pattern: (where: string, value: string) => `${where} has the wrong format: "${value}".`,
    range: (where: string, limit: string) => `${where} must be ${limit}.`,
    other: (where: string, m: string) => `${where}: ${m}`,
    root: 'the document',
    empty: (kind: string) =>
      kind === 'kamus'
        ? 'This kamus is empty: press Ctrl+Space and choose `kamus` to begin.'
        : 'This standard is empty: press Ctrl+Space and choose "New standard: …", or run "SKJ: Buat standar kompetensi baru…".',
    alias: (m: string) => `Too many YAML aliases (likely an "alias bomb"); the file was not validated. ${m}`,
    types: { object: 'a mapping (key: value)', array: 'a list (- …)', string: 'text', integer: 'an integer', number: 'a number', boolean: 'true/false' } as Record<string, string>,
    fixReplace: (v: string) => `Replace with "${v}"`,
    more: (n: number) => `${n} more structure problems in this file are not shown; fix the ones above first.`,
  },
});

/**
 * Errors at these places are reported by a dedicated rule with a better message and fix,
 * so the schema rule stays silent there.
 */
function ownedByAnotherRule(path: string[], error: ErrorObject, value: unknown): boolean {
  const p = path.join('/');
  if (/^kompetensi\/(manajerial|sosial_kultural|teknis)\/\d+\/level$/.test(p)) return true; // level-range
  if (p === 'jabatan/kode') return true; // job-code-format
  if (p === 'persyaratan/pangkat' && error.keyword === 'pattern') return true; // pangkat
  if (p === 'persyaratan/pangkat' && error.keyword === 'type' && value !== null && typeof value === 'object') return true; // pangkat: { dari, sampai }
  // code-alias / technical-name-only: an item named but without its code
  if (/^kompetensi\/(manajerial|sosial_kultural)\/\d+$/.test(p) && error.keyword === 'additionalProperties' && error.params.additionalProperty === 'nama' && typeof (value as { kode?: unknown } | null)?.kode !== 'string') return true;
  if (/^kompetensi\/(manajerial|sosial_kultural|teknis)\/\d+$/.test(p) && error.keyword === 'required' && error.params.missingProperty === 'kode' && typeof (value as { nama?: unknown } | null)?.nama === 'string') return true;
  if (/^persyaratan\/pendidikan\/\d+\/jenjang$/.test(p) && error.keyword === 'enum' && typeof value === 'string' && canonicalEducation(value))
    return true; // education-level
  // kamus-incomplete: levels without description or indicators
  if (/^kamus\/kompetensi\/\d+\/level\/[^/]+$/.test(p) && error.keyword === 'required') return true;
  // An empty description or indicator of a kamus level: kamus-incomplete says so.
  if (/^kamus\/kompetensi\/\d+\/level\/[^/]+\/(deskripsi|indikator(\/\d+)?)$/.test(p) && (value === null || value === '')) return true;
  if (/^kamus\/kompetensi\/\d+$/.test(p) && error.keyword === 'required' && error.params.missingProperty === 'level') return true;
  if (/^kamus\/kompetensi\/\d+\/level\/[^/]+\/indikator$/.test(p) && error.keyword === 'minItems') return true;
  return false;
}

/** Schema findings reported per file; the rest are counted in one finding. */
export const MAX_FINDINGS = 100;

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  appliesTo: ['skj', 'kamus'],
  title: { id: 'Struktur berkas tidak sesuai skema', en: 'The file structure does not match the schema' },
  check(ctx) {
    const m = msg(ctx.locale);
    // On a tree the parser had to repair, structure errors are noise: yaml-syntax says what is wrong.
    if (ctx.file.problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY')) return;
    const result = validateSchema(ctx.file);
    if ('aliasError' in result) {
      ctx.report({ range: ctx.file.lines.range(0, 0), message: m.alias(result.aliasError) });
      return;
    }
    // An empty file (or comments only) is a standard not begun: a note on how to begin, not an error.
    if (result.data == null) {
      ctx.report({ range: ctx.file.lines.range(0, 0), message: m.empty(ctx.file.kind), severity: 'information' });
      return;
    }
    // A field left empty is one finding in the form's words, a warning unless configured.
    const emptySeverity = (ctx.config.rules['schema'] as Severity | undefined) ?? 'warning';
    const emptyPaths = new Set<string>();
    // ajv reports a failed `oneOf`/`anyOf` with every branch's errors; keep the most useful.
    const seen = new Set<string>();
    let shown = 0;
    let hidden = 0;
    for (const err of result.errors) {
      const { error, path } = err;
      if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
      const value = lookup(result.data, path);
      if (ownedByAnotherRule(path, error, value)) continue;
      // A file of thousands of wrong keys gets the first ones and a count, not thousands of findings.
      if (shown >= MAX_FINDINGS) {
        hidden++;
        continue;
      }
      const range = err.range;
      const empty = error.keyword !== 'required' ? emptyFieldMessage(path, value, result.data, ctx.locale) : undefined;
      if (empty) {
        const key = path.join('/');
        if (!emptyPaths.has(key)) {
          shown++;
          ctx.report({ range, message: empty, severity: emptySeverity });
        }
        emptyPaths.add(key);
        continue;
      }
      const where = path.length ? path.filter((s) => !/^\d+$/.test(s)).join('.') || path.join('.') : m.root;
      let message: string;
      let fixes: Fix[] | undefined;
      switch (error.keyword) {
        case 'required':
          message = missingFieldMessage(path, String(error.params.missingProperty), result.data, ctx.locale) ?? m.required(String(error.params.missingProperty), where);
          break;
        case 'additionalProperties': {
          const key = String(error.params.additionalProperty);
          const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
          const hint = closest(key, allowed, { limit: 1 })[0];
          message = m.unknownKey(key, hint);
          if (hint) fixes = [{ title: m.fixReplace(hint), edits: [scalarEdit(ctx.file, keyNode(ctx.file, path, key), hint) ?? { range, newText: hint }], isPreferred: true, safe: sameSpelling(key, hint) }];
          break;
        }
        case 'enum': {
          const allowed = (error.params.allowedValues as unknown[]).map(String);
          const hint = typeof value === 'string' ? closest(value, allowed, { limit: 1 })[0] : undefined;
          message = m.enum(String(value), allowed, hint);
          if (hint) fixes = [{ title: m.fixReplace(hint), edits: [scalarEdit(ctx.file, ctx.file.doc.getIn(path, true), hint) ?? { range, newText: hint }], isPreferred: true, safe: sameSpelling(String(value), hint) }];
          break;
        }
        case 'type': {
          const types = String(error.params.type).split(',').map((t) => m.types[t] ?? t);
          message = m.type(where, types.join(' / '));
          break;
        }
        case 'minItems':
          message = m.minItems(where, Number(error.params.limit));
          break;
        case 'minLength':
          message = m.minLength(where);
          break;
        case 'pattern':
          message = m.pattern(where, String(value));
          break;
        case 'minimum':
        case 'maximum':
          message = m.range(where, `${error.params.comparison} ${error.params.limit}`);
          break;
        default:
          message = m.other(where, error.message ?? error.keyword);
      }
      const dedupe = `${range.start.line}:${range.start.character}:${message}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      shown++;
      ctx.report({ range, message, fixes });
    }
    if (hidden > 0) ctx.report({ range: ctx.file.lines.range(0, 0), message: m.more(hidden) });
  },
};

function lookup(data: unknown, path: string[]): unknown {
  let cur = data as Record<string, unknown> | undefined;
  for (const seg of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg] as Record<string, unknown> | undefined;
  }
  return cur;
}

/** The edit writing `value` over a scalar node in its style (undefined when it is not a scalar with a range). */
function scalarEdit(file: ParsedFile, node: unknown, value: string): TextEdit | undefined {
  return isScalar(node) && node.range ? replaceScalar(file, node, value, { exact: true }) : undefined;
}

/** The key node `key` of the map at `path`. */
function keyNode(file: ParsedFile, path: string[], key: string): unknown {
  const map = path.length ? file.doc.getIn(path, true) : file.doc.contents;
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.key;
}

/** The same word in another spelling (case, spaces, `-`/`_`): `Ahli Muda` for `ahli-muda`, a safe fix. */
function sameSpelling(a: string, b: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
  return norm(a) === norm(b);
}
