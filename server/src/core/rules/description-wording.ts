import { nearDescription } from '../dictionary/match';
import { sameText } from '../dictionary/normalize';
import { describeChanges, wordingChanges } from '../dictionary/wording-diff';
import { replaceScalar } from '../edit/yaml-edits';
import { checkableItems } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, level: number, kamus: boolean, changes: string) =>
      `Deskripsi ini adalah deskripsi ${kamus ? 'kamus' : 'resmi'} ${kode} level ${level} dengan sedikit perbedaan penulisan: ${changes || 'hanya spasi atau tanda baca'}.`,
    fix: (level: number) => `Ganti dengan teks resmi deskripsi level ${level}`,
  },
  en: {
    message: (kode: string, level: number, kamus: boolean, changes: string) =>
      `This is the ${kamus ? 'kamus' : 'official'} description of ${kode} level ${level}, worded slightly differently: ${changes || 'spaces or punctuation only'}.`,
    fix: (level: number) => `Replace with the official description of level ${level}`,
  },
});

/** The description of the item's level but for small differences (the measure of indicator-wording). */
export function isNearOwnDescription(official: string | undefined, text: string, c: Parameters<typeof nearDescription>[0], level: number): boolean {
  return !!official && !sameText(official, text) && nearDescription(c, text, level)?.level === level;
}

export const descriptionWording: Rule = {
  id: 'description-wording',
  defaultSeverity: 'information',
  appliesTo: ['skj'],
  title: { id: 'Deskripsi resmi dengan sedikit perbedaan penulisan', en: 'Official description worded slightly differently' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const { item, c, level } of checkableItems(ctx, ['manajerial', 'sosial_kultural', 'teknis'])) {
      const d = item.deskripsi;
      if (!d?.node || d.text === undefined) continue;
      const official = c.levels.get(level)?.deskripsi;
      if (!official || !isNearOwnDescription(official, d.text, c, level)) continue;
      ctx.report({
        range: d.valueRange,
        message: m.message(c.kode, level, c.group === 'teknis', describeChanges(wordingChanges(d.text, official), ctx.locale)),
        fixes: [{ title: m.fix(level), edits: [replaceScalar(ctx.file, d.node, official)], isPreferred: true }],
      });
    }
  },
};
