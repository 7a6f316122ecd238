import { levelOfDescription, nearDescription } from '../dictionary/match';
import { sameText } from '../dictionary/normalize';
import { replaceScalar } from '../edit/yaml-edits';
import { checkableItems } from './competency-items';
import { isNearOwnDescription } from './description-wording';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    otherLevel: (kode: string, level: number, other: number) => `Deskripsi ini milik ${kode} level ${other}, bukan level ${level}.`,
    unknown: (kode: string, level: number, official: string) => `Deskripsi tidak sesuai kamus untuk ${kode} level ${level}. Teks resmi: "${official}"`,
    fix: (level: number) => `Ganti dengan deskripsi resmi level ${level}`,
  },
  en: {
    otherLevel: (kode: string, level: number, other: number) => `This description belongs to ${kode} level ${other}, not level ${level}.`,
    unknown: (kode: string, level: number, official: string) => `The description does not match the dictionary for ${kode} level ${level}. Official text: "${official}"`,
    fix: (level: number) => `Replace with the official description of level ${level}`,
  },
});

export const descriptionMismatch: Rule = {
  id: 'description-mismatch',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Deskripsi tidak sesuai kamus untuk level itu', en: "Description is not the dictionary's text for the level" },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const { item, c, level } of checkableItems(ctx, ['manajerial', 'sosial_kultural'])) {
      const d = item.deskripsi;
      if (!d?.node || d.text === undefined) continue;
      const official = c.levels.get(level)?.deskripsi;
      if (!official || sameText(official, d.text) || isNearOwnDescription(official, d.text, c, level)) continue;
      const other = levelOfDescription(c, d.text) ?? nearDescription(c, d.text, level)?.level;
      ctx.report({
        range: d.valueRange,
        message: other !== undefined ? m.otherLevel(c.kode, level, other) : m.unknown(c.kode, level, official),
        fixes: [{ title: m.fix(level), edits: [replaceScalar(ctx.file, d.node, official)], isPreferred: true }],
      });
    }
  },
};
