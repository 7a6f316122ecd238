import { deleteSeqItem } from '../edit/yaml-edits';
import type { CompetencyItem } from '../model/skj-model';
import { allItems, codeOf } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    message: (kode: string, line: number) => `${kode} sudah tercantum (baris ${line}); setiap kompetensi hanya boleh sekali dalam satu standar.`,
    related: 'Pertama kali dicantumkan di sini',
    fix: (kode: string) => `Hapus ${kode} yang ganda`,
  },
  en: {
    message: (kode: string, line: number) => `${kode} is already listed (line ${line}); each competency appears once in a standard.`,
    related: 'First listed here',
    fix: (kode: string) => `Remove the duplicate ${kode}`,
  },
});

export const duplicateCompetency: Rule = {
  id: 'duplicate-competency',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kompetensi yang sama tercantum dua kali', en: 'The same competency is listed twice' },
  check(ctx) {
    const m = msg(ctx.locale);
    const first = new Map<string, CompetencyItem>();
    for (const item of allItems(ctx.skj)) {
      const code = codeOf(item);
      if (!code || !item.kode) continue;
      const prev = first.get(code);
      if (!prev) {
        first.set(code, item);
        continue;
      }
      ctx.report({
        range: item.kode.valueRange,
        message: m.message(code, prev.kode!.valueRange.start.line + 1),
        related: [{ uri: ctx.file.uri, range: prev.kode!.valueRange, message: m.related }],
        fixes: [{ title: m.fix(code), edits: [deleteSeqItem(ctx.file, item.node)], isPreferred: true }],
      });
    }
  },
};
