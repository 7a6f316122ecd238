import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from './builtin';
import type { Competency, DictionaryLookup } from './model';
import { sameText } from './normalize';

/**
 * Codes as apps and forms write them: `M.1`, `M1`, `m.01`, `M 01`, `M-01`, `SK.1`; and the
 * competency names of the official form ("Integritas", "1. Integritas", "Perekat Bangsa",
 * "Kerja Sama"), case-insensitive. Each is understood as its canonical code (M.01 … SK.01).
 */
export interface CodeAlias {
  /** The canonical code, e.g. M.01. */
  kode: string;
  /** How it was written: a code in another form, or the competency's name. */
  by: 'code' | 'name';
}

const CODE_FORM = /^\s*(m|sk)\s*[.\-_ ]?\s*0*(\d{1,2})\s*\.?\s*$/i;
/** "1. Integritas", "1) Integritas", "9 Perekat Bangsa": the form numbers its rows. */
const ROW_NUMBER = /^\s*\d{1,2}\s*[.)]?\s+/;

/** The canonical built-in code written as `text` in another form, or undefined (also for the canonical code itself). */
export function builtinAlias(text: string): CodeAlias | undefined {
  const t = text.trim();
  if (MANAGERIAL_CODES.includes(t) || SOCIOCULTURAL_CODES.includes(t)) return undefined;
  const m = CODE_FORM.exec(t);
  if (m) {
    const kode = `${m[1].toUpperCase()}.${m[2].padStart(2, '0')}`;
    return MANAGERIAL_CODES.includes(kode) || SOCIOCULTURAL_CODES.includes(kode) ? { kode, by: 'code' } : undefined;
  }
  const c = builtinByName(t.replace(ROW_NUMBER, ''));
  return c ? { kode: c.kode, by: 'name' } : undefined;
}

/** Names as forms and apps write them, beside the dictionary's own ("Kerjasama" / "Kerja Sama"). */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]+/gu, '');
}

let byName: Map<string, Competency> | undefined;

/** The built-in competency of this name (case, spaces and punctuation ignored). */
export function builtinByName(name: string): Competency | undefined {
  if (!byName) {
    byName = new Map();
    for (const c of builtinDictionary().all()) byName.set(nameKey(c.nama), c);
  }
  const key = nameKey(name);
  return key ? byName.get(key) : undefined;
}

/** The technical competencies of the workspace's kamus files named `name`. */
export function technicalByName(dictionary: DictionaryLookup, name: string): Competency[] {
  const out: Competency[] = [];
  for (const c of dictionary.all()) if (c.group === 'teknis' && c.nama && sameText(c.nama, name)) out.push(c);
  return out;
}
