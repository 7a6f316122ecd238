/**
 * The one place import compares document text with the dictionary. It calls the dictionary's
 * own match functions (dictionary/match.ts), so their tolerance — what the checker accepts as
 * the official text — is the importer's too.
 */
import { indicatorByNumber, indicatorByText, levelOfDescription, nearIndicator } from '../dictionary/match';
import type { Competency, DictionaryLookup } from '../dictionary/model';
import { normalizeText, wordSet, wordSetSimilarity } from '../dictionary/normalize';

/**
 * The official indicator a text is (at any level), or undefined: the same text after
 * normalisation, or a near copy as the checker's indicator-wording sees it (`near`: a typo or a
 * word changed, so the caller keeps the wording read as a comment).
 */
export function officialIndicator(c: Competency, text: string, level?: number): { level: number; nomor: string; near?: boolean } | undefined {
  const found = indicatorByText(c, text);
  if (found) return { level: found.level, nomor: found.indicator.nomor };
  const near = nearIndicator(c, text, level);
  return near ? { level: near.level, nomor: near.indicator.nomor, near: near.distance > 0 } : undefined;
}

export function indicatorNumberExists(c: Competency, nomor: string): boolean {
  return !!indicatorByNumber(c, nomor);
}

export function officialDescriptionLevel(c: Competency, text: string): number | undefined {
  return levelOfDescription(c, text);
}

/** The competency whose name a cell holds ("Integritas", "6. Pengembangan diri dan orang lain"). */
export function competencyByName(dict: DictionaryLookup, name: string, group?: Competency['group']): Competency | undefined {
  const n = normalizeText(name.replace(/^\s*\d+\s*[.)]\s*/, ''));
  if (!n) return undefined;
  let best: { c: Competency; score: number } | undefined;
  const words = wordSet(n);
  for (const c of dict.all()) {
    if (group && c.group !== group) continue;
    const cn = normalizeText(c.nama);
    if (cn === n) return c;
    const score = wordSetSimilarity(words, wordSet(cn));
    if (score >= 0.75 && (!best || score > best.score)) best = { c, score };
  }
  return best?.c;
}
