import { ExpectedLevel, expectedLevelOf } from '../config/profiles';
import { tierOf } from '../domain/tiers';
import { replaceScalar } from '../edit/yaml-edits';
import { validLevel } from '../model/skj-model';
import type { Locale } from '../types';
import { codeOf } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, level: number, tier: string, e: ExpectedLevel) => {
      const s = e.source;
      const head = `${kode} level ${level}, padahal`;
      if (s.kind === 'profile')
        return `${head} profil "${s.profile}" (skj.config.yaml → profil) menetapkan level ${e.level} ${s.perCode ? `untuk ${kode} ` : ''}pada jenjang ${tier}.`;
      if (s.kind === 'tierLevels') return `${head} jenjang ${tier} menurut skj.config.yaml → tierLevels memerlukan level ${e.level}.`;
      if (s.kind === 'regulation') return `${head} jenjang ${tier} menurut PermenPANRB 38/2017 memerlukan level ${e.level}.`;
      return `${head} jenjang ${tier} lazimnya memerlukan level ${e.level} (nilai bawaan; dapat diatur di skj.config.yaml → tierLevels, atau per jabatan di → profil).`;
    },
    fix: (level: number) => `Ganti dengan level ${level} (level jenjang ini)`,
  },
  en: {
    message: (kode: string, level: number, tier: string, e: ExpectedLevel) => {
      const s = e.source;
      const head = `${kode} is at level ${level}, but`;
      if (s.kind === 'profile') return `${head} profile "${s.profile}" (skj.config.yaml → profil) sets level ${e.level} ${s.perCode ? `for ${kode} ` : ''}at the ${tier} tier.`;
      if (s.kind === 'tierLevels') return `${head} the ${tier} tier requires level ${e.level} per skj.config.yaml → tierLevels.`;
      if (s.kind === 'regulation') return `${head} the ${tier} tier per PermenPANRB 38/2017 requires level ${e.level}.`;
      return `${head} the ${tier} tier usually requires level ${e.level} (a default; set it in skj.config.yaml → tierLevels, or per position in → profil).`;
    },
    fix: (level: number) => `Replace with level ${level} (this tier's level)`,
  },
});

/** Where the expected level comes from, in a few words (hover). */
export function levelSourceText(e: ExpectedLevel, locale: Locale): string {
  const s = e.source;
  const en = locale === 'en';
  if (s.kind === 'profile') return en ? `profile "${s.profile}" in skj.config.yaml` : `profil "${s.profile}" di skj.config.yaml`;
  if (s.kind === 'tierLevels') return 'skj.config.yaml → tierLevels';
  if (s.kind === 'regulation') return 'PermenPANRB 38/2017';
  return en ? 'a default, configurable' : 'bawaan, dapat diatur';
}

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
    if (!model || !tier) return;
    const jobName = model.job['nama']?.text;
    for (const item of [...(model.sections.manajerial?.items ?? []), ...(model.sections.sosial_kultural?.items ?? [])]) {
      const level = validLevel(item);
      const code = codeOf(item);
      const expected = expectedLevelOf(ctx.config, jenjang, jobName, code);
      if (level === undefined || !expected || level === expected.level || !item.level?.node) continue;
      ctx.report({
        range: item.level.valueRange,
        message: m.message(code ?? '?', level, tier.label, expected),
        fixes: [{ title: m.fix(expected.level), edits: [replaceScalar(ctx.file, item.level.node, expected.level)], isPreferred: true }],
      });
    }
  },
};
