import formGuide from '../dictionary/form-guide.json';
import type { Locale } from '../types';
import { DocBuilder, tr } from './doc';
import { registerStatusKeys } from './status-keys';

/** What a key holds, which decides how completion inserts it. */
export type KeyType = 'text' | 'enum' | 'integer' | 'map' | 'list-of-maps' | 'list-of-text';

export interface KeySpec {
  key: string;
  type: KeyType;
  required?: boolean;
  /** Marks of the form's filling guide (*1–*20). */
  guide?: number[];
  title: { id: string; en: string };
  /** What to write, in the user's language (the guide's official text is added to it). */
  about: { id: string; en: string };
}

const GUIDE = (formGuide as { guide: Record<string, string> }).guide;

const TINGKAT: KeySpec = {
  key: 'tingkat',
  type: 'enum',
  guide: [16, 17, 18],
  title: { id: 'Tingkat pentingnya terhadap jabatan', en: 'Importance for the position' },
  about: { id: 'mutlak, penting, atau perlu.', en: 'mutlak (essential), penting (very important) or perlu (important).' },
};

const COMPETENCY_ITEM: KeySpec[] = [
  { key: 'kode', type: 'text', required: true, title: { id: 'Kode kompetensi', en: 'Competency code' }, about: { id: 'M.01–M.08 (manajerial) atau SK.01 (sosial kultural).', en: 'M.01–M.08 (managerial) or SK.01 (socio-cultural).' } },
  { key: 'level', type: 'integer', required: true, title: { id: 'Level', en: 'Level' }, about: { id: 'Bilangan bulat 1–5; jenjang jabatan menentukan level yang ditetapkan.', en: 'An integer 1–5; the tier sets the expected level.' } },
  { key: 'deskripsi', type: 'text', title: { id: 'Deskripsi', en: 'Description' }, about: { id: 'Opsional; bila diisi harus sama dengan deskripsi level itu di kamus.', en: "Optional; when given it must be the dictionary's description of that level." } },
  { key: 'indikator', type: 'list-of-text', title: { id: 'Indikator Kompetensi', en: 'Behaviour indicators' }, about: { id: 'Indikator perilaku level itu: nomor ("2.1"), nomor + teks, atau teks saja.', en: 'Indicators of that level: by number ("2.1"), number + text, or text alone.' } },
];

const TECHNICAL_ITEM: KeySpec[] = [
  { key: 'kode', type: 'text', required: true, title: { id: 'Kode kompetensi teknis', en: 'Technical competency code' }, about: { id: 'Kode dari kamus kompetensi teknis (berkas *.kamus.yaml).', en: 'A code from a technical competency dictionary (*.kamus.yaml).' } },
  { key: 'nama', type: 'text', guide: [6], title: { id: 'Nama kompetensi teknis', en: 'Technical competency name' }, about: { id: 'Opsional; bila diisi harus sama dengan nama di kamus.', en: 'Optional; when given it must match the kamus.' } },
  { key: 'level', type: 'integer', required: true, guide: [7], title: { id: 'Level kompetensi teknis', en: 'Technical level' }, about: { id: '1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.', en: '1 Paham, 2 Dasar, 3 Menengah, 4 Mumpuni, 5 Ahli.' } },
  { key: 'deskripsi', type: 'text', guide: [8], title: { id: 'Deskripsi', en: 'Description' }, about: { id: 'Deskripsi level itu di kamus.', en: "The kamus description of that level." } },
  { key: 'indikator', type: 'list-of-text', guide: [9], title: { id: 'Indikator Kompetensi', en: 'Behaviour indicators' }, about: { id: 'Indikator perilaku level itu di kamus.', en: 'Indicators of that level in the kamus.' } },
];

/** Valid keys by parent path ('/'-joined; '[]' is a list item, '*' any level key of a kamus). */
export const KEYS: Record<string, KeySpec[]> = {
  '': [
    { key: 'jabatan', type: 'map', required: true, guide: [1, 2, 3, 4, 5], title: { id: 'Identitas dan ikhtisar jabatan', en: 'Position and summary' }, about: { id: 'Nama, kelompok, jenjang, urusan, kode dan ikhtisar jabatan.', en: 'Name, group, tier, government affair, code and summary of the position.' } },
    { key: 'kompetensi', type: 'map', required: true, title: { id: 'II. Standar Kompetensi', en: 'II. Competency standard' }, about: { id: 'manajerial (M.01–M.08), sosial_kultural (SK.01), teknis (opsional).', en: 'manajerial (M.01–M.08), sosial_kultural (SK.01), teknis (optional).' } },
    { key: 'persyaratan', type: 'map', required: true, title: { id: 'III. Persyaratan Jabatan', en: 'III. Position requirements' }, about: { id: 'Pendidikan, pelatihan, pengalaman kerja, pangkat, indikator kinerja.', en: 'Education, training, work experience, rank, performance indicators.' } },
  ],
  jabatan: [
    { key: 'nama', type: 'text', required: true, guide: [1], title: { id: 'Nama Jabatan', en: 'Position name' }, about: { id: 'Nama jabatan yang disusun standarnya.', en: 'The name of the position this standard is for.' } },
    { key: 'kelompok', type: 'enum', required: true, guide: [2], title: { id: 'Kelompok Jabatan', en: 'Position group' }, about: { id: 'pimpinan-tinggi, administrasi, atau fungsional.', en: 'pimpinan-tinggi, administrasi or fungsional.' } },
    { key: 'jenjang', type: 'enum', required: true, title: { id: 'Jenjang Jabatan', en: 'Tier' }, about: { id: 'Menentukan digit ke-2–3 kode jabatan dan level kompetensi manajerial & SK.01.', en: 'Sets digits 2–3 of the job code and the managerial & SK.01 level.' } },
    { key: 'urusan', type: 'text', required: true, guide: [3], title: { id: 'Urusan Pemerintah', en: 'Government affair' }, about: { id: 'Urusan pemerintahan jabatan ini.', en: 'The government affair of the position.' } },
    { key: 'kode', type: 'text', guide: [4], title: { id: 'Kode Jabatan', en: 'Job code' }, about: { id: 'Opsional; 12 digit dalam tanda kutip: kelompok (1), jenjang (2), urusan (6), nomor urut (3).', en: 'Optional; 12 quoted digits: group (1), tier (2), government affair (6), sequence (3).' } },
    { key: 'ikhtisar', type: 'text', required: true, guide: [5], title: { id: 'Ikhtisar Jabatan', en: 'Job summary' }, about: { id: 'Ringkasan tugas jabatan (job summary).', en: 'A summary of the position\'s duties.' } },
  ],
  kompetensi: [
    { key: 'manajerial', type: 'list-of-maps', required: true, title: { id: 'A. Manajerial', en: 'A. Managerial' }, about: { id: 'M.01–M.08, masing-masing tepat satu kali.', en: 'M.01–M.08, each exactly once.' } },
    { key: 'sosial_kultural', type: 'list-of-maps', required: true, title: { id: 'B. Sosial Kultural', en: 'B. Socio-cultural' }, about: { id: 'SK.01 Perekat Bangsa, tepat satu kali.', en: 'SK.01 Perekat Bangsa, exactly once.' } },
    { key: 'teknis', type: 'list-of-maps', guide: [6, 7, 8, 9], title: { id: 'C. Teknis', en: 'C. Technical' }, about: { id: 'Opsional; kode dari kamus kompetensi teknis.', en: 'Optional; codes from a technical competency dictionary.' } },
  ],
  'kompetensi/manajerial/[]': COMPETENCY_ITEM,
  'kompetensi/sosial_kultural/[]': COMPETENCY_ITEM,
  'kompetensi/teknis/[]': TECHNICAL_ITEM,
  persyaratan: [
    { key: 'pendidikan', type: 'list-of-maps', guide: [10, 11], title: { id: 'A. Pendidikan', en: 'A. Education' }, about: { id: 'Jenjang, bidang ilmu, dan tingkat pentingnya.', en: 'Level, field of study and importance.' } },
    { key: 'pelatihan', type: 'list-of-maps', guide: [12, 13, 14], title: { id: 'B. Pelatihan', en: 'B. Training' }, about: { id: 'Jenis (manajerial/teknis/fungsional), uraian, tingkat pentingnya.', en: 'Kind (manajerial/teknis/fungsional), description, importance.' } },
    { key: 'pengalaman_kerja', type: 'list-of-maps', guide: [15], title: { id: 'C. Pengalaman Kerja', en: 'C. Work experience' }, about: { id: 'Uraian dan tingkat pentingnya.', en: 'Description and importance.' } },
    { key: 'pangkat', type: 'enum', guide: [19], title: { id: 'D. Pangkat', en: 'D. Rank' }, about: { id: '"Nama Pangkat (golongan/ruang)", mis. "Penata (III/c)".', en: '"Rank name (golongan/ruang)", e.g. "Penata (III/c)".' } },
    { key: 'indikator_kinerja', type: 'list-of-text', guide: [20], title: { id: 'E. Indikator Kinerja Jabatan', en: 'E. Performance indicators' }, about: { id: 'Ukuran kinerja jabatan.', en: 'Measures of the position\'s performance.' } },
  ],
  'persyaratan/pendidikan/[]': [
    { key: 'jenjang', type: 'enum', required: true, guide: [10], title: { id: 'Jenjang pendidikan', en: 'Education level' }, about: { id: 'SD, SLTP, SLTA, D-I … D-IV, S-1, S-2, S-3.', en: 'SD, SLTP, SLTA, D-I … D-IV, S-1, S-2, S-3.' } },
    { key: 'bidang_ilmu', type: 'list-of-text', guide: [11], title: { id: 'Bidang ilmu', en: 'Field of study' }, about: { id: 'Daftar bidang ilmu atau jurusan.', en: 'A list of fields of study.' } },
    TINGKAT,
  ],
  'persyaratan/pelatihan/[]': [
    { key: 'jenis', type: 'enum', required: true, guide: [12, 13, 14], title: { id: 'Jenis pelatihan', en: 'Kind of training' }, about: { id: 'manajerial, teknis, atau fungsional.', en: 'manajerial, teknis or fungsional.' } },
    { key: 'uraian', type: 'text', required: true, title: { id: 'Uraian', en: 'Description' }, about: { id: 'Nama pelatihan.', en: 'Name of the training.' } },
    TINGKAT,
  ],
  'persyaratan/pengalaman_kerja/[]': [
    { key: 'uraian', type: 'text', required: true, guide: [15], title: { id: 'Uraian', en: 'Description' }, about: { id: 'Bidang pengalaman kerja, sebaiknya dengan lamanya.', en: 'Field of experience, preferably with its length.' } },
    TINGKAT,
  ],
  // Kamus files.
  kamus: [
    { key: 'instansi', type: 'text', required: true, title: { id: 'Instansi', en: 'Agency' }, about: { id: 'Instansi penyusun kamus.', en: 'The agency that issued the dictionary.' } },
    { key: 'urusan', type: 'text', title: { id: 'Urusan pemerintahan', en: 'Government affair' }, about: { id: 'Urusan yang dirumuskan dalam kamus.', en: 'The government affair the dictionary covers.' } },
    { key: 'kompetensi', type: 'list-of-maps', required: true, title: { id: 'Daftar kompetensi teknis', en: 'Technical competencies' }, about: { id: 'Setiap kompetensi dengan kode, nama, definisi, dan level 1–5.', en: 'Each with code, name, definition and levels 1–5.' } },
  ],
  'kamus/kompetensi/[]': [
    { key: 'kode', type: 'text', required: true, title: { id: 'Kode kompetensi', en: 'Competency code' }, about: { id: 'Unik di seluruh workspace.', en: 'Unique across the workspace.' } },
    { key: 'nama', type: 'text', required: true, title: { id: 'Nama kompetensi', en: 'Competency name' }, about: { id: 'Nama kompetensi teknis.', en: 'The technical competency\'s name.' } },
    { key: 'definisi', type: 'text', required: true, title: { id: 'Definisi', en: 'Definition' }, about: { id: 'Definisi kompetensi.', en: 'What the competency is.' } },
    { key: 'level', type: 'map', required: true, title: { id: 'Level 1–5', en: 'Levels 1–5' }, about: { id: 'Kelima level, masing-masing dengan deskripsi dan indikator.', en: 'All five levels, each with a description and indicators.' } },
  ],
  'kamus/kompetensi/[]/level/*': [
    { key: 'deskripsi', type: 'text', required: true, title: { id: 'Deskripsi level', en: 'Level description' }, about: { id: 'Deskripsi singkat level ini.', en: 'A short description of this level.' } },
    { key: 'indikator', type: 'list-of-text', required: true, title: { id: 'Indikator perilaku', en: 'Behaviour indicators' }, about: { id: 'Bernomor N.1, N.2, … menurut urutan.', en: 'Numbered N.1, N.2, … by position.' } },
  ],
};

KEYS['kamus/kompetensi/[]/level'] = [1, 2, 3, 4, 5].map((n) => ({
  key: String(n),
  type: 'map' as const,
  required: true,
  title: { id: `Level ${n}`, en: `Level ${n}` },
  about: { id: 'deskripsi dan indikator level ini.', en: "This level's description and indicators." },
}));
KEYS['']!.push({ key: 'kamus', type: 'map', title: { id: 'Kamus Kompetensi Teknis', en: 'Technical competency dictionary' }, about: { id: 'Hanya untuk berkas *.kamus.yaml.', en: 'For *.kamus.yaml files only.' } });

registerStatusKeys(KEYS);

/** The key list for a parent path of the given file kind. */
export function keysAt(path: string[], kind: 'skj' | 'kamus' | 'config'): KeySpec[] {
  const norm = path.map((seg, i) => (i > 0 && path[i - 1] === 'level' && path[0] === 'kamus' ? '*' : seg)).join('/');
  const list = KEYS[norm] ?? [];
  if (norm === '') return list.filter((k) => (kind === 'kamus' ? k.key === 'kamus' : k.key !== 'kamus'));
  return list;
}

export function keySpec(path: string[], kind: 'skj' | 'kamus' | 'config'): KeySpec | undefined {
  if (!path.length) return undefined;
  return keysAt(path.slice(0, -1), kind).find((k) => k.key === path[path.length - 1]);
}

/** The official filling-guide text of one mark (*N). */
export function guideText(n: number): string | undefined {
  return GUIDE[String(n)];
}

/** Documentation of a key: its title, what to write, and the form's filling guide. */
export function keyDocumentation(spec: KeySpec, locale: Locale, markdown: boolean): string {
  const d = new DocBuilder(markdown);
  d.heading(`${spec.key} — ${spec.title[locale] ?? spec.title.id}`);
  d.para((spec.required ? tr(locale, 'Wajib. ', 'Required. ') : '') + (spec.about[locale] ?? spec.about.id));
  for (const n of spec.guide ?? []) {
    const g = guideText(n);
    if (g) d.para(`(*${n}) ${tr(locale, 'Petunjuk pengisian', 'Filling guide')}: "${g}"`);
  }
  return d.toString();
}
