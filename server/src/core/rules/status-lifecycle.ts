import { isRealIsoDate, TAHAP, tahapIndex, Tahap } from '../domain/lifecycle';
import { dateText, statusOf } from '../model/status-model';
import { replaceScalar } from '../edit/yaml-edits';
import { messages, Rule } from './rule';

const ORDER = TAHAP.join(' → ');

const msg = messages({
  id: {
    badDate: (v: string) => `"${v}" bukan tanggal yang valid; tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-15.`,
    order: (t: string, prev: string) => `Tahap ${t} dicatat setelah ${prev}; urutan tahap adalah ${ORDER}.`,
    earlier: (d: string, prevT: string, prevD: string) => `Tanggal ${d} lebih awal daripada tahap sebelumnya (${prevT}, ${prevD}).`,
    skipped: (t: string, missing: string) => `Tahap ${t} dicatat tanpa tahap ${missing} sebelumnya; urutan tahap adalah ${ORDER}.`,
    current: (t: string, last: string) => `Tahap saat ini ${t}, tetapi riwayat terakhir mencatat ${last}; samakan keduanya.`,
    fixCurrent: (t: string) => `Ganti tahap dengan ${t} (sesuai riwayat)`,
  },
  en: {
    badDate: (v: string) => `"${v}" is not a valid date; write dates as YYYY-MM-DD, e.g. 2024-03-15.`,
    order: (t: string, prev: string) => `The step ${t} is recorded after ${prev}; the steps go ${ORDER}.`,
    earlier: (d: string, prevT: string, prevD: string) => `The date ${d} is earlier than the previous step (${prevT}, ${prevD}).`,
    skipped: (t: string, missing: string) => `The step ${t} is recorded without ${missing} before it; the steps go ${ORDER}.`,
    current: (t: string, last: string) => `The current step is ${t}, but the history ends with ${last}; make them the same.`,
    fixCurrent: (t: string) => `Set the step to ${t} (as in the history)`,
  },
});

/** status.riwayat: real dates, steps in order without gaps, dates not going back, tahap = last step. */
export const statusLifecycle: Rule = {
  id: 'status-lifecycle',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Riwayat status standar tidak runtut', en: 'The status history is not in order' },
  check(ctx) {
    const status = statusOf(ctx.file, ctx.skj);
    if (!status) return;
    const m = msg(ctx.locale);
    let prev: { tahap: Tahap; date?: string } | undefined;
    for (const step of status.steps) {
      const date = dateText(step.tanggal);
      const okDate = date !== undefined && isRealIsoDate(date);
      if (step.tanggal?.node && date !== undefined && !okDate) ctx.report({ range: step.tanggal.valueRange, message: m.badDate(date) });
      if (!step.value) continue; // unknown or missing step: the schema says so
      if (prev) {
        const [i, p] = [tahapIndex(step.value), tahapIndex(prev.tahap)];
        if (i < p) ctx.report({ range: step.tahap!.valueRange, message: m.order(step.value, prev.tahap) });
        else if (i > p + 1) ctx.report({ range: step.tahap!.valueRange, message: m.skipped(step.value, TAHAP.slice(p + 1, i).join(', ')) });
        if (okDate && prev.date && date < prev.date) ctx.report({ range: step.tanggal!.valueRange, message: m.earlier(date, prev.tahap, prev.date) });
      } else if (tahapIndex(step.value) > 0) {
        ctx.report({ range: step.tahap!.valueRange, message: m.skipped(step.value, TAHAP.slice(0, tahapIndex(step.value)).join(', ')) });
      }
      prev = { tahap: step.value, date: okDate ? date : prev?.date };
    }
    const current = status.fields['tahap'];
    if (prev && status.tahap && status.tahap !== prev.tahap && current?.node) {
      ctx.report({
        range: current.valueRange,
        message: m.current(status.tahap, prev.tahap),
        fixes: [{ title: m.fixCurrent(prev.tahap), edits: [replaceScalar(ctx.file, current.node, prev.tahap)], isPreferred: false }],
      });
    }
  },
};
