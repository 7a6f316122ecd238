import { deleteSeqItem, replaceScalar } from '../edit/yaml-edits';
import type { Fix } from '../types';
import { messages, Rule } from './rule';

const msg = messages({
  id: {
    unquoted: (v: string) => `Kode jabatan ${v} ditulis sebagai angka; tulis dalam tanda kutip ("${v}") agar tetap 12 digit.`,
    message: (v: string, n: number) => `Kode jabatan harus tepat 12 digit angka; "${v}" berisi ${n} digit${/\D/.test(v) ? ' dan karakter lain' : ''}.`,
    pending: (v: string) =>
      `"${v}" bukan kode jabatan. Kode jabatan diberikan oleh Kementerian PANRB; selama belum diberikan, baris kode boleh dihapus (kode tidak wajib dalam konsep standar).`,
    fixRemove: 'Hapus baris kode (belum diberikan)',
    fixQuote: 'Tulis kode dalam tanda kutip',
    fixDigits: (v: string) => `Ganti dengan "${v}"`,
  },
  en: {
    unquoted: (v: string) => `The job code ${v} is written as a number; quote it ("${v}") so it stays 12 digits.`,
    message: (v: string, n: number) => `The job code must be exactly 12 digits; "${v}" has ${n} digit(s)${/\D/.test(v) ? ' and other characters' : ''}.`,
    pending: (v: string) =>
      `"${v}" is not a job code. Job codes are given by the Ministry (Kementerian PANRB); until yours is, the kode line can be left out (a draft standard does not need it).`,
    fixRemove: 'Remove the kode line (not given yet)',
    fixQuote: 'Quote the code',
    fixDigits: (v: string) => `Replace with "${v}"`,
  },
});

export const jobCodeFormat: Rule = {
  id: 'job-code-format',
  defaultSeverity: 'error',
  appliesTo: ['skj'],
  title: { id: 'Kode jabatan bukan 12 digit', en: 'Job code is not exactly 12 digits' },
  check(ctx) {
    const m = msg(ctx.locale);
    const f = ctx.skj?.job['kode'];
    if (!f?.node) return;
    const text = f.text ?? '';
    if (typeof f.value === 'string' && /^\d{12}$/.test(f.value)) return;
    if (typeof f.value === 'number' && /^\d{12}$/.test(text)) {
      ctx.report({ range: f.valueRange, message: m.unquoted(text), fixes: [{ title: m.fixQuote, edits: [{ range: f.valueRange, newText: `"${text}"` }], isPreferred: true }] });
      return;
    }
    if (f.value === null && text === '') return; // `kode:` left empty in a draft is allowed (optional)
    if (notACode(text)) {
      const oneLine = f.keyRange.start.line === f.valueRange.start.line && f.valueRange.start.line === f.valueRange.end.line;
      ctx.report({ range: f.valueRange, message: m.pending(text.trim()), fixes: oneLine ? [{ title: m.fixRemove, edits: [deleteSeqItem(ctx.file, f.node)], isPreferred: true }] : [] });
      return;
    }
    const digits = text.replace(/\D/g, '');
    const fixes: Fix[] = [];
    if (digits.length === 12 && /^[\d\s.\-/]+$/.test(text)) {
      fixes.push({ title: m.fixDigits(digits), edits: [{ ...replaceScalar(ctx.file, f.node, digits), newText: `"${digits}"` }], isPreferred: true });
    }
    ctx.report({ range: f.valueRange, message: m.message(text, digits.length), fixes });
  },
};

/** A value that is clearly no code yet: no digit at all ("belum", "-", "JABATAN PIMPINAN TINGGI PRATAMA", "?"). */
function notACode(text: string): boolean {
  return text.trim() !== '' && !/\d/.test(text);
}
