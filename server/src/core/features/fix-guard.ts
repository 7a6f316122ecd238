import { analyze, Analysis } from '../analyze';
import type { SkjConfig } from '../config/config';
import { allItems } from '../rules/competency-items';
import type { Finding, Fix, Locale, TextEdit } from '../types';
import { rangeContains } from '../types';
import type { KamusIndex } from '../workspace/kamus-index';
import { tr } from './doc';
import { applyEdits, diffEdits } from './edits';
import { combineFixes, findingKey, freshFindings, LEVEL_DEPENDENT, safeFix } from './fix-all';

/**
 * The editor never offers a fix whose result has a finding the file did not have: each fix is
 * applied to the text and the result checked again (only when code actions are asked for, and
 * only for the findings under the cursor). A level change that leaves the item's description and
 * indicators at the old level carries their safe fixes with it instead of being dropped.
 */
export class FixGuard {
  private readonly checked = new Map<string, Analysis>();

  constructor(
    private readonly analysis: Analysis,
    private readonly opts: { config?: SkjConfig; kamus?: KamusIndex; locale: Locale },
  ) {}

  private check(text: string): Analysis {
    let a = this.checked.get(text);
    if (!a) {
      a = analyze(this.analysis.file.uri, text, { config: this.opts.config, kamus: this.opts.kamus, locale: this.opts.locale, kind: this.analysis.file.kind });
      this.checked.set(text, a);
    }
    return a;
  }

  /** Findings of `after` beyond the input's (by rule and message). */
  private fresh(after: Analysis): Finding[] {
    return freshFindings(this.analysis.findings, after.findings);
  }

  private gone(f: Finding, after: Analysis): boolean {
    const k = findingKey(f);
    return after.findings.filter((x) => findingKey(x) === k).length < this.analysis.findings.filter((x) => findingKey(x) === k).length;
  }

  /** True when the edits give a text without any finding the input did not have. */
  keepsFileWhole(edits: TextEdit[]): boolean {
    if (!edits.length) return false;
    return this.fresh(this.check(applyEdits(this.analysis.file.text, edits))).length === 0;
  }

  /** The fixes of a finding the editor may offer: each removes the finding and adds none. */
  offered(f: Finding): Fix[] {
    const out: Fix[] = [];
    for (const fix of f.fixes ?? []) {
      const settled = this.settle(f, fix);
      if (settled) out.push(settled);
    }
    return out;
  }

  private settle(f: Finding, fix: Fix): Fix | undefined {
    if (!fix.edits.length) return undefined;
    const text = this.analysis.file.text;
    let after: string;
    try {
      after = applyEdits(text, fix.edits);
    } catch {
      return undefined;
    }
    const a = this.check(after);
    if (!this.gone(f, a)) return undefined;
    const fresh = this.fresh(a);
    if (!fresh.length) return fix;
    // A new level whose texts are now another level's: take their safe fixes along.
    if (!fresh.every((x) => LEVEL_DEPENDENT.includes(x.rule) && safeFix(x))) return undefined;
    const follow = combineFixes(fresh, a);
    if (follow.fixed.length !== fresh.length) return undefined;
    const final = applyEdits(after, follow.edits);
    const b = this.check(final);
    if (!this.gone(f, b) || this.fresh(b).length) return undefined;
    return {
      ...fix,
      title: fix.title + tr(this.opts.locale, ', beserta deskripsi dan indikatornya', ', with its description and indicators'),
      edits: diffEdits(text, final),
    };
  }

  /**
   * "Sesuaikan deskripsi dan indikator ke level N": for each item under the cursor whose level was
   * changed by hand, one action fixing every description and indicator now of another level.
   */
  levelTexts(here: Finding[]): { title: string; kind: 'quickfix'; edits: TextEdit[] }[] {
    const items = allItems(this.analysis.skj);
    const out: { title: string; kind: 'quickfix'; edits: TextEdit[] }[] = [];
    const done = new Set<unknown>();
    for (const f of here) {
      if (!LEVEL_DEPENDENT.includes(f.rule)) continue;
      const item = items.find((it) => rangeContains(it.range, f.range.start));
      if (!item || done.has(item) || typeof item.level?.value !== 'number') continue;
      done.add(item);
      const inItem = this.analysis.findings.filter((x) => LEVEL_DEPENDENT.includes(x.rule) && safeFix(x) && rangeContains(item.range, x.range.start));
      if (inItem.length < 2) continue;
      const { edits } = combineFixes(inItem, this.analysis);
      if (!this.keepsFileWhole(edits)) continue;
      const n = item.level.value;
      out.push({ title: tr(this.opts.locale, `Sesuaikan deskripsi dan indikator ke level ${n}`, `Match the description and indicators to level ${n}`), kind: 'quickfix', edits });
    }
    return out;
  }
}
