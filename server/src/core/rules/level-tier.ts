import { expectedLevel } from '../config/config';
import { tierOf } from '../domain/tiers';
import { replaceScalar } from '../edit/yaml-edits';
import { validLevel } from '../model/skj-model';
import { codeOf } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, level: number, tier: string, expected: number, isDefault: boolean) =>
      `${kode} level ${level}, padahal jenjang ${tier} ${isDefault ? 'lazimnya' : 'menurut PermenPANRB 38/2017'} memerlukan level ${expected}${isDefault ? ' (nilai bawaan; dapat diatur di skj.config.yaml → tierLevels)' : ''}.`,
    fix: (level: number) => `Ganti dengan level ${level} (level jenjang ini)`,
  },
  en: {
    message: (kode: string, level: number, tier: string, expected: number, isDefault: boolean) =>
      `${kode} is at level ${level}, but the ${tier} tier ${isDefault ? 'usually' : 'per PermenPANRB 38/2017'} requires level ${expected}${isDefault ? ' (a default; set it in skj.config.yaml → tierLevels)' : ''}.`,
    fix: (level: number) => `Replace with level ${level} (this tier's level)`,
  },
});

export const levelTier: Rule = {
  id: 'level-tier',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Level tidak sesuai jenjang jabatan', en: "Level differs from the tier's level" },
  check(ctx) {
    const m = msg(ctx.locale);
    const model = ctx.skj;
    const jenjang = model?.job['jenjang']?.value;
    const tier = tierOf(jenjang);
    const expected = expectedLevel(ctx.config, jenjang);
    if (!model || !tier || expected === undefined) return;
    const isDefault = tier.levelIsDefault && ctx.config.tierLevels[tier.jenjang] === undefined;
    for (const item of [...(model.sections.manajerial?.items ?? []), ...(model.sections.sosial_kultural?.items ?? [])]) {
      const level = validLevel(item);
      if (level === undefined || level === expected || !item.level?.node) continue;
      ctx.report({
        range: item.level.valueRange,
        message: m.message(codeOf(item) ?? '?', level, tier.label, expected, isDefault),
        fixes: [{ title: m.fix(expected), edits: [replaceScalar(ctx.file, item.level.node, expected)], isPreferred: true }],
      });
    }
  },
};
