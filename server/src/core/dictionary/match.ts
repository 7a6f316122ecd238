import type { Competency, Indicator, Level } from './model';
import { looseKey, normalizeText, normalizeTextUncached, wordSet, wordSetSimilarity } from './normalize';

interface NormalizedCompetency {
  indicators: Map<string, { level: number; indicator: Indicator }>;
  descriptions: Map<string, number>;
  /** Every indicator with its normalised words, in level and list order (made when first needed). */
  words?: { level: number; indicator: Indicator; words: Set<string> }[];
  /** Every indicator and description with its loose key (near matching; made when first needed). */
  loose?: { indicators: { level: number; indicator: Indicator; key: string }[]; descriptions: { level: number; key: string }[] };
  /** nearDescription's answers by text and level (descriptions repeat across files and rules). */
  nearDescriptions?: Map<string, { level: number; distance: number } | null>;
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

/**
 * Near matching (docs/rules.md, indicator-wording): two texts are "near" when the edit distance of
 * their loose keys (letters and digits only) is at most NEAR_RATIO of the official key's length,
 * and never less than NEAR_MIN. Chosen from the dictionary itself: the closest two official
 * indicators (M.05 5.1 / 5.3) are 23% apart and every other pair is further; the variants found in
 * public copies are 0–2 letters apart. With 10%, the near zones of two official texts never
 * overlap (test/unit/near-match.test.ts checks every pair).
 */
export const NEAR_RATIO = 0.1;
export const NEAR_MIN = 2;

/** The largest distance at which a text is still near an official text whose loose key has this length. */
export function nearLimit(officialKeyLength: number): number {
  return Math.max(NEAR_MIN, Math.round(officialKeyLength * NEAR_RATIO));
}

function looseOf(c: Competency): NonNullable<NormalizedCompetency['loose']> {
  const n = normalized(c);
  if (!n.loose) {
    const indicators: { level: number; indicator: Indicator; key: string }[] = [];
    const descriptions: { level: number; key: string }[] = [];
    for (const lv of c.levels.values()) {
      const d = looseKey(lv.deskripsi);
      if (d) descriptions.push({ level: lv.level, key: d });
      for (const indicator of lv.indikator) {
        const key = looseKey(indicator.teks);
        if (key) indicators.push({ level: lv.level, indicator, key });
      }
    }
    n.loose = { indicators, descriptions };
  }
  return n.loose;
}

function nearest<T extends { key: string; level: number }>(key: string, list: T[], level?: number): (T & { distance: number }) | undefined {
  let best: (T & { distance: number }) | undefined;
  for (const x of list) {
    const limit = nearLimit(x.key.length);
    const d = editDistance(key, x.key, best ? Math.min(limit, best.distance) : limit);
    if (d > limit) continue;
    if (!best || d < best.distance || (d === best.distance && x.level === level && best.level !== level)) best = { ...x, distance: d };
  }
  return best;
}

/** The official indicator `text` is a near copy of (a typo, spacing, punctuation), at any level; the item's level wins ties. */
export function nearIndicator(c: Competency, text: string, level?: number): { level: number; indicator: Indicator; distance: number } | undefined {
  const key = looseKey(text);
  if (!key) return undefined;
  const hit = nearest(key, looseOf(c).indicators, level);
  return hit && { level: hit.level, indicator: hit.indicator, distance: hit.distance };
}

/** The level whose official description `text` is a near copy of (memoised per competency: several rules ask). */
export function nearDescription(c: Competency, text: string, level?: number): { level: number; distance: number } | undefined {
  const n = normalized(c);
  const memo = (n.nearDescriptions ??= new Map());
  const k = `${level ?? ''}\u0000${text}`;
  const known = memo.get(k);
  if (known !== undefined) return known ?? undefined;
  const key = looseKey(text);
  const hit = key ? nearest(key, looseOf(c).descriptions, level) : undefined;
  const answer = hit ? { level: hit.level, distance: hit.distance } : undefined;
  if (text.length <= 600) {
    if (memo.size >= 512) memo.clear();
    memo.set(k, answer ?? null);
  }
  return answer;
}

/** Two consecutive official indicators of `level` that `text` holds together (a merged item). */
export function nearMergedPair(c: Competency, text: string, level: number): [Indicator, Indicator] | undefined {
  const key = looseKey(text);
  const list = looseOf(c).indicators.filter((x) => x.level === level);
  for (let i = 0; i + 1 < list.length; i++) {
    const joined = list[i].key + list[i + 1].key;
    if (Math.abs(joined.length - key.length) > nearLimit(joined.length)) continue;
    if (editDistance(key, joined, nearLimit(joined.length)) <= nearLimit(joined.length)) return [list[i].indicator, list[i + 1].indicator];
  }
  return undefined;
}

/** The official indicator that two consecutive items together are (one indicator split in two). */
export function nearSplit(c: Competency, first: string, second: string, level: number): Indicator | undefined {
  const key = looseKey(first) + looseKey(second);
  const hit = nearest(key, looseOf(c).indicators.filter((x) => x.level === level), level);
  return hit?.indicator;
}

/**
 * Levenshtein distance if at most `max`, else max + 1: only the diagonal band |i − j| ≤ max is
 * computed (Ukkonen), so comparing two 200-letter texts with max 20 costs ~8,000 cells, not 40,000.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  const INF = max + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : INF;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo - 1 === 0 && i <= max ? i : INF;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (j <= i - 1 + max ? prev[j] : INF) + 1;
      const ins = cur[j - 1] + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v > INF ? INF : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (hi < m) cur[hi + 1] = INF;
    if (rowMin > max) return INF;
    [prev, cur] = [cur, prev];
  }
  return prev[m] > max ? INF : prev[m];
}
