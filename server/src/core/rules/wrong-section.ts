import { MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { afterNode, deleteSeqItem, linesToInsert, seqDashIndent, seqItemText } from '../edit/yaml-edits';
import { isSeq } from '../parse/parsed-file';
import type { TextEdit } from '../types';
import { codeOf } from './competency-items';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    toSk: (kode: string) => `${kode} adalah kompetensi sosial kultural; pindahkan ke bagian sosial_kultural.`,
    toM: (kode: string) => `${kode} adalah kompetensi manajerial; pindahkan ke bagian manajerial.`,
    fix: (kode: string, section: string) => `Pindahkan ${kode} ke ${section}`,
  },
  en: {
    toSk: (kode: string) => `${kode} is a socio-cultural competency; move it to the sosial_kultural section.`,
    toM: (kode: string) => `${kode} is a managerial competency; move it to the manajerial section.`,
    fix: (kode: string, section: string) => `Move ${kode} to ${section}`,
  },
});

export const wrongSection: Rule = {
  id: 'wrong-section',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kompetensi di bagian yang salah', en: 'Competency in the wrong section' },
  check(ctx) {
    const m = msg(ctx.locale);
    const model = ctx.skj;
    if (!model) return;
    for (const [from, to, codes] of [
      ['manajerial', 'sosial_kultural', SOCIOCULTURAL_CODES],
      ['sosial_kultural', 'manajerial', MANAGERIAL_CODES],
    ] as const) {
      for (const item of model.sections[from]?.items ?? []) {
        const code = codeOf(item);
        if (!code || !codes.includes(code) || !item.kode) continue;
        const target = model.sections[to];
        let edits: TextEdit[] | undefined;
        // Moving it where its code already is would only make a duplicate: no fix then.
        const already = target?.items.some((other) => codeOf(other) === code);
        if (target && !already && isSeq(target.field.node) && target.items.length) {
          const indent = seqDashIndent(ctx.file, target.field.node);
          if (indent !== undefined) {
            const at = afterNode(ctx.file, target.items[target.items.length - 1].node);
            edits = [deleteSeqItem(ctx.file, item.node), { range: at, newText: linesToInsert(ctx.file, at, seqItemText(ctx.file, item.node, indent)) }];
          }
        }
        ctx.report({
          range: item.kode.valueRange,
          message: to === 'sosial_kultural' ? m.toSk(code) : m.toM(code),
          fixes: edits ? [{ title: m.fix(code, to), edits, isPreferred: true, safe: true }] : undefined,
        });
      }
    }
  },
};
