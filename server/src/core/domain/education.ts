/** Education levels (domain.md): canonical spellings and the common spellings to normalise. */

export const EDUCATION_LEVELS = ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S-1', 'S-2', 'S-3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  SD: 'Sekolah Dasar',
  SLTP: 'Sekolah Lanjutan Tingkat Pertama (SMP/MTs)',
  SLTA: 'Sekolah Lanjutan Tingkat Atas (SMA/SMK/MA)',
  'D-I': 'Diploma Satu',
  'D-II': 'Diploma Dua',
  'D-III': 'Diploma Tiga',
  'D-IV': 'Diploma Empat / Sarjana Terapan',
  'S-1': 'Sarjana',
  'S-2': 'Magister',
  'S-3': 'Doktor',
};

const ALIASES: Record<string, EducationLevel> = {
  smp: 'SLTP', mts: 'SLTP', sltp: 'SLTP',
  sma: 'SLTA', smk: 'SLTA', ma: 'SLTA', slta: 'SLTA',
  sd: 'SD',
  s1: 'S-1', 'sarjana': 'S-1',
  s2: 'S-2', magister: 'S-2', pascasarjana: 'S-2',
  s3: 'S-3', doktor: 'S-3', doktoral: 'S-3',
};

/** The canonical spelling of a known education level, or undefined. */
export function canonicalEducation(value: string): EducationLevel | undefined {
  const v = value.trim();
  if ((EDUCATION_LEVELS as readonly string[]).includes(v)) return v as EducationLevel;
  const key = v.toLowerCase().replace(/[\s.\-]/g, '');
  if (ALIASES[key]) return ALIASES[key];
  const d = /^d(i{1,3}|iv|[1-4])$/.exec(key);
  if (d) {
    const roman = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' }[d[1]] ?? d[1].toUpperCase();
    return `D-${roman}` as EducationLevel;
  }
  const s = /^s([1-3])$/.exec(key);
  if (s) return `S-${s[1]}` as EducationLevel;
  return undefined;
}
