import { isKelompok, tierOf } from '../domain/tiers';
import { replaceScalar } from '../edit/yaml-edits';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kelompok: string, jenjang: string, right: string) => `Jenjang ${jenjang} termasuk kelompok ${right}, bukan ${kelompok}.`,
    related: 'Jenjang jabatan',
    fix: (k: string) => `Ganti kelompok dengan ${k}`,
  },
  en: {
    message: (kelompok: string, jenjang: string, right: string) => `Tier ${jenjang} belongs to group ${right}, not ${kelompok}.`,
    related: 'The tier',
    fix: (k: string) => `Set kelompok to ${k}`,
  },
});

export const kelompokJenjang: Rule = {
  id: 'kelompok-jenjang',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kelompok dan jenjang jabatan tidak cocok', en: 'kelompok and jenjang disagree' },
  check(ctx) {
    const m = msg(ctx.locale);
    const k = ctx.skj?.job['kelompok'];
    const j = ctx.skj?.job['jenjang'];
    const tier = tierOf(j?.value);
    if (!k?.node || !j || !tier || !isKelompok(k.value) || tier.kelompok === k.value) return;
    ctx.report({
      range: k.valueRange,
      message: m.message(k.value, tier.jenjang, tier.kelompok),
      related: [{ uri: ctx.file.uri, range: j.valueRange, message: m.related }],
      fixes: [{ title: m.fix(tier.kelompok), edits: [replaceScalar(ctx.file, k.node, tier.kelompok, { exact: true })], isPreferred: true }],
    });
  },
};
