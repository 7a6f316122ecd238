import type { Competency, Indicator, Level } from './model';
import { normalizeText, normalizeTextUncached, wordSet, wordSetSimilarity } from './normalize';

interface NormalizedCompetency {
  indicators: Map<string, { level: number; indicator: Indicator }>;
  descriptions: Map<string, number>;
  /** Every indicator with its normalised words, in level and list order (made when first needed). */
  words?: { level: number; indicator: Indicator; words: Set<string> }[];
}

const cache = new WeakMap<Competency, NormalizedCompetency>();

function normalized(c: Competency): NormalizedCompetency {
  let n = cache.get(c);
  if (!n) {
    n = { indicators: new Map(), descriptions: new Map() };
    for (const lv of c.levels.values()) {
      const d = normalizeTextUncached(lv.deskripsi);
      if (d && !n.descriptions.has(d)) n.descriptions.set(d, lv.level);
      for (const ind of lv.indikator) {
        const t = normalizeTextUncached(ind.teks);
        if (t && !n.indicators.has(t)) n.indicators.set(t, { level: lv.level, indicator: ind });
      }
    }
    cache.set(c, n);
  }
  return n;
}

/** The official indicator whose text equals `text` (after normalisation), at any level. */
export function indicatorByText(c: Competency, text: string): { level: number; indicator: Indicator } | undefined {
  return normalized(c).indicators.get(normalizeText(text));
}

export function indicatorByNumber(c: Competency, nomor: string): { level: number; indicator: Indicator } | undefined {
  const level = Number(nomor.split('.')[0]);
  const ind = c.levels.get(level)?.indikator.find((i) => i.nomor === nomor);
  return ind ? { level, indicator: ind } : undefined;
}

/** The level whose description equals `text` (after normalisation). */
export function levelOfDescription(c: Competency, text: string): number | undefined {
  return normalized(c).descriptions.get(normalizeText(text));
}

/** The official indicator closest to `text`, preferring `level` on ties; undefined when nothing is similar. */
export function closestIndicator(c: Competency, text: string, level?: number): { level: number; indicator: Indicator; score: number } | undefined {
  const words = wordSet(normalizeText(text));
  const n = normalized(c);
  n.words ??= [...c.levels.values()].flatMap((lv) => lv.indikator.map((indicator) => ({ level: lv.level, indicator, words: wordSet(normalizeTextUncached(indicator.teks)) })));
  let best: { level: number; indicator: Indicator; score: number } | undefined;
  for (const ind of n.words) {
    let score = wordSetSimilarity(words, ind.words);
    if (ind.level === level) score += 0.05;
    if (!best || score > best.score) best = { level: ind.level, indicator: ind.indicator, score };
  }
  return best && best.score >= 0.35 ? best : undefined;
}

export function levelOf(c: Competency, level: number | undefined): Level | undefined {
  return level === undefined ? undefined : c.levels.get(level);
}
