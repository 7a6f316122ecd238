/**
 * The life of a standard (PermenPANRB 38/2017, Lampiran I angka 6–7): drafted by the team,
 * confirmed with the position's superior, validated and refined, submitted to the Ministry,
 * set by the Minister. The order of the steps is the order of this list.
 */
export const TAHAP = ['draf', 'dikonfirmasi', 'divalidasi', 'diusulkan', 'ditetapkan'] as const;
export type Tahap = (typeof TAHAP)[number];

export const TAHAP_INFO: Record<Tahap, { id: string; en: string; detail: { id: string; en: string } }> = {
  draf: { id: 'Draf', en: 'Draft', detail: { id: 'Disusun oleh tim penyusun (angka 4–5).', en: 'Drafted by the drafting team (4–5).' } },
  dikonfirmasi: {
    id: 'Dikonfirmasi',
    en: 'Confirmed',
    detail: { id: 'Dikonfirmasi kepada atasan pemegang jabatan atau pejabat yang ditunjuk (angka 6.a–b).', en: 'Confirmed with the position’s superior or an appointed official (6.a–b).' },
  },
  divalidasi: {
    id: 'Divalidasi',
    en: 'Validated',
    detail: { id: 'Divalidasi dan disempurnakan terhadap ikhtisar/uraian tugas (angka 6.c–d).', en: 'Validated and refined against the job summary and duties (6.c–d).' },
  },
  diusulkan: {
    id: 'Diusulkan',
    en: 'Submitted',
    detail: { id: 'Disampaikan kepada Kementerian PANRB (angka 7.1).', en: 'Submitted to the Ministry (KemenPANRB) (7.1).' },
  },
  ditetapkan: { id: 'Ditetapkan', en: 'Set', detail: { id: 'Ditetapkan oleh Menteri (angka 7.3).', en: 'Set by the Minister (7.3).' } },
};

export function isTahap(v: unknown): v is Tahap {
  return typeof v === 'string' && (TAHAP as readonly string[]).includes(v);
}

export function tahapIndex(t: Tahap): number {
  return TAHAP.indexOf(t);
}

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}
