import { builtinAlias, technicalByName } from '../dictionary/aliases';
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { closestIndicator, indicatorByNumber, indicatorByText, nearIndicator, nearMergedPair, nearSplit } from '../dictionary/match';
import type { Competency, DictionaryLookup, Indicator } from '../dictionary/model';
import { detached, parseIndicatorRef } from '../dictionary/normalize';
import { CompetencyItem, IndicatorItem, Section, SECTIONS, SkjModel, validLevel } from '../model/skj-model';
import type { RuleContext } from './rule';

/** Every competency item of the standard, in document order. */
export function allItems(model: SkjModel | undefined): CompetencyItem[] {
  if (!model) return [];
  return [...(model.sections.manajerial?.items ?? []), ...(model.sections.sosial_kultural?.items ?? []), ...(model.sections.teknis?.items ?? [])];
}

/**
 * The item's code. Under manajerial and sosial_kultural, a code written another way (`M.1`,
 * `m.01`, "Integritas", "1. Integritas") or an item with only a name is its canonical code
 * (code-alias reports the spelling once; every other rule sees M.01).
 */
export function codeOf(item: CompetencyItem): string | undefined {
  const t = item.kode?.text?.trim();
  if (item.section === 'teknis') return t ? t : undefined;
  if (t) return builtinAlias(t)?.kode ?? t;
  const n = item.kode ? undefined : item.nama?.text;
  return n ? builtinAlias(n)?.kode : undefined;
}

/** The dictionary entry an item refers to, if its code belongs in its section. */
export function competencyOf(ctx: RuleContext, item: CompetencyItem): Competency | undefined {
  const code = codeOf(item);
  if (!code) return item.section === 'teknis' && !item.kode ? technicalNamed(ctx, item) : undefined;
  if (item.section === 'manajerial') return MANAGERIAL_CODES.includes(code) ? builtinDictionary().get(code) : undefined;
  if (item.section === 'sosial_kultural') return SOCIOCULTURAL_CODES.includes(code) ? builtinDictionary().get(code) : undefined;
  const c = ctx.dictionary.get(code);
  return c && c.group === 'teknis' ? c : undefined;
}

/** The one technical competency of the workspace's kamus files named as the item (an item with `nama` and no `kode`). */
export function technicalNamed(ctx: RuleContext, item: CompetencyItem): Competency | undefined {
  const n = item.nama?.text;
  if (!n) return undefined;
  const found = technicalByName(ctx.dictionary, n);
  return found.length === 1 ? found[0] : undefined;
}

export interface CheckableItem {
  item: CompetencyItem;
  c: Competency;
  level: number;
  /** judgeIndicator of each of the item's indicators, once asked for (see verdictsOf). */
  verdicts?: IndicatorVerdict[];
}

/** The verdict on each indicator of a checkable item, in order (judged once for all the rules that ask). */
export function verdictsOf(x: CheckableItem): IndicatorVerdict[] {
  if (x.verdicts) return x.verdicts;
  const verdicts = x.item.indicators.map((ind) => judgeIndicator(x.c, x.level, ind));
  // One official indicator written as two consecutive items (public copies split M.01 2.1 at its ";").
  for (let i = 0; i + 1 < verdicts.length; i++) {
    if (verdicts[i].kind !== 'unknown' || verdicts[i + 1].kind !== 'unknown') continue;
    const a = parseIndicatorRef(x.item.indicators[i].text).teks;
    const b = parseIndicatorRef(x.item.indicators[i + 1].text).teks;
    const indicator = a && b ? nearSplit(x.c, a, b, x.level) : undefined;
    if (!indicator) continue;
    verdicts[i] = { kind: 'split', indicator, rest: i + 1 };
    verdicts[i + 1] = { kind: 'split-rest', indicator };
    i++;
  }
  return (x.verdicts = verdicts);
}

/**
 * checkableItems of each section for the model being checked (the rules of one file run one after
 * another): one entry, not a WeakMap — a WeakMap keyed by every file's model made the garbage
 * collector's work (ephemerons) grow by half.
 */
let checkable: { model: SkjModel; dictionary: DictionaryLookup; bySection: Record<Section, CheckableItem[]> } | undefined;

/**
 * Items of the given sections whose code is known there and whose level is valid, with their
 * competency, in section then document order (several rules ask: looked up once per model).
 */
export function checkableItems(ctx: RuleContext, sections: readonly Section[]): CheckableItem[] {
  const model = ctx.skj;
  if (!model) return [];
  let memo = checkable;
  if (!memo || memo.model !== model || memo.dictionary !== ctx.dictionary) {
    const bySection = { manajerial: [], sosial_kultural: [], teknis: [] } as Record<Section, CheckableItem[]>;
    for (const section of SECTIONS) {
      for (const item of model.sections[section]?.items ?? []) {
        const c = competencyOf(ctx, item);
        const level = validLevel(item);
        if (c && level !== undefined) bySection[section].push({ item, c, level, verdicts: undefined });
      }
    }
    checkable = memo = { model, dictionary: ctx.dictionary, bySection };
  }
  if (sections.length === 1) return memo.bySection[sections[0]];
  const out: CheckableItem[] = [];
  for (const section of sections) out.push(...memo.bySection[section]);
  return out;
}

export type IndicatorVerdict =
  | { kind: 'ok'; indicator: Indicator }
  /** The item refers to an indicator of another level of the same competency. */
  | { kind: 'other-level'; level: number; indicator: Indicator; byNumber: boolean; near?: boolean }
  /** The official indicator of the item's level but for small differences (typos, spaces, punctuation). */
  | { kind: 'near'; indicator: Indicator; nomor?: string }
  /** This item and item `rest` (the next one) together are one official indicator. */
  | { kind: 'split'; indicator: Indicator; rest: number }
  /** The second half of a split indicator (reported with the first). */
  | { kind: 'split-rest'; indicator: Indicator }
  /** Two consecutive official indicators of the item's level written as one item. */
  | { kind: 'merged'; indicators: [Indicator, Indicator] }
  /** Number and text disagree: the text is another indicator of the same level. */
  | { kind: 'wrong-number'; indicator: Indicator; nomor: string }
  /** Matches nothing; `closest` is the most similar official indicator, if any. */
  | { kind: 'unknown'; nomor?: string; closest?: { level: number; indicator: Indicator } };

/**
 * Verdicts by competency, then by item text: one for each level (index 1–5) the text was judged at.
 * Standards repeat the official texts, so most items of most files are hits. Bounded: at most
 * JUDGED_LIMIT texts over all competencies (then it starts afresh; 2,000 standards need ~2,000),
 * and gone with the competency (a kamus edit makes new ones).
 */
let judged = new WeakMap<Competency, Map<string, (IndicatorVerdict | undefined)[]>>();
let judgedTexts = 0;
const JUDGED_LIMIT = 4096;
const JUDGED_MAX_LENGTH = 600;

/** Classifies one indicator item against the competency at the item's level (memoised: several rules ask, and files repeat texts). */
export function judgeIndicator(c: Competency, level: number, item: IndicatorItem): IndicatorVerdict {
  const text = item.text;
  let byText = judged.get(c);
  const hit = byText?.get(text);
  const cached = hit?.[level];
  if (cached) return cached;
  const verdict = judgeText(c, level, text);
  if (text.length > JUDGED_MAX_LENGTH || !Number.isInteger(level) || level < 0 || level > 5) return verdict;
  if (hit) hit[level] = verdict;
  else {
    if (judgedTexts >= JUDGED_LIMIT) {
      judged = new WeakMap();
      judgedTexts = 0;
      byText = undefined;
    }
    if (!byText) judged.set(c, (byText = new Map()));
    const levels: (IndicatorVerdict | undefined)[] = [];
    levels[level] = verdict;
    byText.set(detached(text), levels);
    judgedTexts++;
  }
  return verdict;
}

function judgeText(c: Competency, level: number, text: string): IndicatorVerdict {
  const ref = parseIndicatorRef(text);
  if (ref.teks) {
    const hit = indicatorByText(c, ref.teks);
    if (hit) {
      if (hit.level !== level) return { kind: 'other-level', level: hit.level, indicator: hit.indicator, byNumber: false };
      if (ref.nomor && ref.nomor !== hit.indicator.nomor) return { kind: 'wrong-number', indicator: hit.indicator, nomor: ref.nomor };
      return { kind: 'ok', indicator: hit.indicator };
    }
    const close = nearIndicator(c, ref.teks, level);
    if (close) {
      if (close.level !== level) return { kind: 'other-level', level: close.level, indicator: close.indicator, byNumber: false, near: true };
      return { kind: 'near', indicator: close.indicator, nomor: ref.nomor };
    }
    const pair = nearMergedPair(c, ref.teks, level);
    if (pair) return { kind: 'merged', indicators: pair };
    const near = closestIndicator(c, ref.teks, level);
    return { kind: 'unknown', nomor: ref.nomor, closest: near };
  }
  const hit = ref.nomor ? indicatorByNumber(c, ref.nomor) : undefined;
  if (hit) {
    if (hit.level !== level) return { kind: 'other-level', level: hit.level, indicator: hit.indicator, byNumber: true };
    return { kind: 'ok', indicator: hit.indicator };
  }
  return { kind: 'unknown', nomor: ref.nomor };
}

/** An indicator written the way the item wrote its reference: number only, number + text, or text only. */
export function indicatorInStyleOf(original: string, ind: Indicator): string {
  const ref = parseIndicatorRef(original);
  if (ref.nomor && !ref.teks) return ind.nomor;
  if (ref.nomor) return `${ind.nomor}. ${ind.teks}`;
  return ind.teks;
}

/**
 * Where a finding about an indicator item goes: the item, or for a block scalar (`>-`, `|`) that
 * spans lines, its first line (a squiggle over a whole paragraph hides the text it is about).
 */
export function indicatorRange(ctx: RuleContext, ind: IndicatorItem): import('../types').Range {
  const r = ind.range;
  if (r.start.line === r.end.line) return r;
  return { start: r.start, end: { line: r.start.line, character: ctx.file.lines.lineText(r.start.line).length } };
}
