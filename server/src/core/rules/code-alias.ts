import { builtinAlias } from '../dictionary/aliases';
import { builtinDictionary } from '../dictionary/builtin';
import { replaceScalar } from '../edit/yaml-edits';
import type { TextEdit } from '../types';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    code: (written: string, kode: string, nama: string) => `"${written}" adalah ${kode} ${nama} yang ditulis dengan cara lain; tulis kode resminya, ${kode}.`,
    name: (written: string, kode: string, nama: string) => `"${written}" adalah nama kompetensi, bukan kodenya; tulis ${kode} (${nama}).`,
    nameOnly: (kode: string, nama: string) => `Butir ini hanya memuat nama ${nama}; kompetensi manajerial dan sosial kultural ditulis dengan kodenya, ${kode}.`,
    fix: (kode: string) => `Ganti dengan ${kode}`,
  },
  en: {
    code: (written: string, kode: string, nama: string) => `"${written}" is ${kode} ${nama} written another way; write its official code, ${kode}.`,
    name: (written: string, kode: string, nama: string) => `"${written}" is the competency's name, not its code; write ${kode} (${nama}).`,
    nameOnly: (kode: string, nama: string) => `This item gives only the name ${nama}; managerial and socio-cultural competencies are written by code, ${kode}.`,
    fix: (kode: string) => `Replace with ${kode}`,
  },
});

export const codeAlias: Rule = {
  id: 'code-alias',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Kode kompetensi ditulis dengan cara lain atau dengan namanya', en: 'Competency code written another way, or by its name' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const section of ['manajerial', 'sosial_kultural'] as const) {
      for (const item of ctx.skj?.sections[section]?.items ?? []) {
        const kode = item.kode;
        if (kode?.node && kode.text !== undefined) {
          const alias = builtinAlias(kode.text);
          if (!alias) continue;
          const c = builtinDictionary().get(alias.kode)!;
          ctx.report({
            range: kode.valueRange,
            message: (alias.by === 'code' ? m.code : m.name)(kode.text.trim(), c.kode, c.nama),
            fixes: [{ title: m.fix(c.kode), edits: [replaceScalar(ctx.file, kode.node, c.kode)], isPreferred: true }],
          });
        } else if (!kode && item.nama?.node && item.nama.text !== undefined) {
          const alias = builtinAlias(item.nama.text);
          if (!alias) continue;
          const c = builtinDictionary().get(alias.kode)!;
          // `nama: Integritas` becomes `kode: M.01` (the key and its value, on their line).
          const nama = item.nama;
          const edits: TextEdit[] =
            nama.keyRange.start.line === nama.valueRange.end.line ? [{ range: { start: nama.keyRange.start, end: nama.valueRange.end }, newText: `kode: ${c.kode}` }] : [];
          ctx.report({
            range: nama.valueRange,
            message: m.nameOnly(c.kode, c.nama),
            fixes: edits.length ? [{ title: m.fix(c.kode), edits, isPreferred: true }] : undefined,
          });
        }
      }
    }
  },
};
