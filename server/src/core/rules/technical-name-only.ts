import { technicalByName } from '../dictionary/aliases';
import { yamlString } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    found: (nama: string, kode: string) => `Butir ini hanya memuat nama; di kamus, "${nama}" berkode ${kode}. Tambahkan kodenya.`,
    several: (nama: string, kodes: string) => `Butir ini hanya memuat nama; di kamus ada beberapa kompetensi bernama "${nama}" (${kodes}). Tambahkan kode yang dimaksud.`,
    none: (nama: string) => `Butir ini hanya memuat nama, dan tidak ada kompetensi teknis bernama "${nama}" di kamus mana pun di workspace. Tambahkan kodenya, atau tambahkan kompetensi ini ke berkas *.kamus.yaml.`,
    fix: (kode: string) => `Tambahkan kode ${kode}`,
  },
  en: {
    found: (nama: string, kode: string) => `This item gives only a name; in the kamus, "${nama}" has code ${kode}. Add the code.`,
    several: (nama: string, kodes: string) => `This item gives only a name; several kamus competencies are named "${nama}" (${kodes}). Add the code you mean.`,
    none: (nama: string) => `This item gives only a name, and no technical competency is named "${nama}" in the workspace's kamus files. Add its code, or add it to a *.kamus.yaml file.`,
    fix: (kode: string) => `Add code ${kode}`,
  },
});

export const technicalNameOnly: Rule = {
  id: 'technical-name-only',
  defaultSeverity: 'warning',
  appliesTo: ['skj'],
  title: { id: 'Kompetensi teknis tanpa kode (dicari menurut nama)', en: 'Technical competency without a code (looked up by name)' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const item of ctx.skj?.sections.teknis?.items ?? []) {
      const nama = item.nama;
      if (item.kode || !nama?.node || !nama.text?.trim()) continue;
      const found = technicalByName(ctx.dictionary, nama.text);
      // `kode: …` on a line of its own just before `nama` (also when `nama` follows the dash).
      const col = nama.keyRange.start.character;
      const fixes: Fix[] = found.map((c, i) => ({
        title: m.fix(c.kode),
        edits: [{ range: { start: nama.keyRange.start, end: nama.keyRange.start }, newText: `kode: ${yamlString(c.kode)}${ctx.file.lines.eol}${' '.repeat(col)}` }],
        isPreferred: found.length === 1 && i === 0,
      }));
      const message = found.length === 1 ? m.found(nama.text.trim(), found[0].kode) : found.length ? m.several(nama.text.trim(), found.map((c) => c.kode).join(', ')) : m.none(nama.text.trim());
      ctx.report({ range: nama.valueRange, message, fixes });
    }
  },
};
