/** Position groups and tiers (domain.md): kelompok, jenjang, job-code tier digits, expected level. */

export type Kelompok = 'pimpinan-tinggi' | 'administrasi' | 'fungsional';

export interface Tier {
  jenjang: string;
  kelompok: Kelompok;
  /** Digits 2–3 of the job code. */
  code: string;
  /** Managerial & SK.01 level set by PermenPANRB 38/2017 (functional tiers: a default). */
  level: number;
  /** True where the level is a default that agencies set differently. */
  levelIsDefault: boolean;
  label: string;
  /** Usual golongan range (functional tiers; a default). */
  golongan?: [string, string];
}

export const KELOMPOK: Record<Kelompok, { digit: string; label: string }> = {
  'pimpinan-tinggi': { digit: '1', label: 'Jabatan Pimpinan Tinggi' },
  administrasi: { digit: '2', label: 'Jabatan Administrasi' },
  fungsional: { digit: '3', label: 'Jabatan Fungsional' },
};

export const TIERS: Tier[] = [
  { jenjang: 'jpt-utama', kelompok: 'pimpinan-tinggi', code: '01', level: 5, levelIsDefault: false, label: 'JPT Utama' },
  { jenjang: 'jpt-madya', kelompok: 'pimpinan-tinggi', code: '02', level: 5, levelIsDefault: false, label: 'JPT Madya' },
  { jenjang: 'jpt-pratama', kelompok: 'pimpinan-tinggi', code: '03', level: 4, levelIsDefault: false, label: 'JPT Pratama' },
  { jenjang: 'administrator', kelompok: 'administrasi', code: '04', level: 3, levelIsDefault: false, label: 'Administrator' },
  { jenjang: 'pengawas', kelompok: 'administrasi', code: '05', level: 2, levelIsDefault: false, label: 'Pengawas' },
  { jenjang: 'pelaksana', kelompok: 'administrasi', code: '06', level: 1, levelIsDefault: false, label: 'Pelaksana' },
  { jenjang: 'ahli-utama', kelompok: 'fungsional', code: '07', level: 4, levelIsDefault: true, label: 'Ahli Utama', golongan: ['IV/d', 'IV/e'] },
  { jenjang: 'ahli-madya', kelompok: 'fungsional', code: '08', level: 3, levelIsDefault: true, label: 'Ahli Madya', golongan: ['IV/a', 'IV/c'] },
  { jenjang: 'ahli-muda', kelompok: 'fungsional', code: '09', level: 2, levelIsDefault: true, label: 'Ahli Muda', golongan: ['III/c', 'III/d'] },
  { jenjang: 'ahli-pertama', kelompok: 'fungsional', code: '10', level: 1, levelIsDefault: true, label: 'Ahli Pertama', golongan: ['III/a', 'III/b'] },
  { jenjang: 'penyelia', kelompok: 'fungsional', code: '11', level: 2, levelIsDefault: true, label: 'Penyelia', golongan: ['III/c', 'III/d'] },
  { jenjang: 'mahir', kelompok: 'fungsional', code: '12', level: 1, levelIsDefault: true, label: 'Mahir', golongan: ['III/a', 'III/b'] },
  { jenjang: 'terampil', kelompok: 'fungsional', code: '13', level: 1, levelIsDefault: true, label: 'Terampil', golongan: ['II/b', 'II/d'] },
  { jenjang: 'pemula', kelompok: 'fungsional', code: '14', level: 1, levelIsDefault: true, label: 'Pemula' },
];

const byJenjang = new Map(TIERS.map((t) => [t.jenjang, t]));
const byCode = new Map(TIERS.map((t) => [t.code, t]));

export function tierOf(jenjang: unknown): Tier | undefined {
  return typeof jenjang === 'string' ? byJenjang.get(jenjang) : undefined;
}

export function tierByCode(code: string): Tier | undefined {
  return byCode.get(code);
}

export function isKelompok(v: unknown): v is Kelompok {
  return typeof v === 'string' && v in KELOMPOK;
}

export function kelompokByDigit(d: string): Kelompok | undefined {
  return (Object.keys(KELOMPOK) as Kelompok[]).find((k) => KELOMPOK[k].digit === d);
}
