/** The keys of the optional `status` block (docs/format.md, "Status"), for completion and hover. */
import { TAHAP } from '../domain/lifecycle';
import type { KeySpec } from './keys';

const TAHAP_SPEC: KeySpec = {
  key: 'tahap',
  type: 'enum',
  required: true,
  title: { id: 'Tahap', en: 'Step' },
  about: { id: `${TAHAP.join(' → ')} (PermenPANRB 38/2017, Lampiran I angka 6–7).`, en: `${TAHAP.join(' → ')} (PermenPANRB 38/2017, Annex I items 6–7).` },
};

export function registerStatusKeys(keys: Record<string, KeySpec[]>): void {
  keys['']!.push({
    key: 'status',
    type: 'map',
    title: { id: 'Status standar', en: 'Status of the standard' },
    about: {
      id: 'Opsional: tahap penyusunan, unit kerja jabatan, dan riwayat tiap tahap (oleh siapa, kapan).',
      en: 'Optional: the step reached, the unit kerja of the position and the history of each step (who, when).',
    },
  });
  keys['status'] = [
    { ...TAHAP_SPEC, title: { id: 'Tahap saat ini', en: 'Current step' } },
    {
      key: 'unit_kerja',
      type: 'text',
      title: { id: 'Unit Kerja', en: 'Unit' },
      about: { id: 'Unit kerja (satuan organisasi) tempat jabatan berada; standar dikelompokkan menurutnya (angka 6.d.2).', en: 'The organisation unit the position belongs to; standards are grouped by it (item 6.d.2).' },
    },
    { key: 'riwayat', type: 'list-of-maps', title: { id: 'Riwayat tahap', en: 'History of steps' }, about: { id: 'Setiap tahap yang dilalui, berurutan: tahap, oleh, tanggal.', en: 'Every step taken, in order: tahap, oleh, tanggal.' } },
  ];
  keys['status/riwayat/[]'] = [
    TAHAP_SPEC,
    { key: 'oleh', type: 'text', required: true, title: { id: 'Oleh', en: 'By' }, about: { id: 'Siapa yang melakukan tahap ini: nama/jabatan, atau tim penyusun.', en: 'Who took this step: a name or position, or the drafting team.' } },
    { key: 'tanggal', type: 'text', required: true, title: { id: 'Tanggal', en: 'Date' }, about: { id: 'TTTT-BB-HH, mis. 2024-03-15.', en: 'YYYY-MM-DD, e.g. 2024-03-15.' } },
  ];
}
