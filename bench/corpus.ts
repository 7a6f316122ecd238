/**
 * A realistic benchmark corpus generated from the built-in dictionary: standards for every tier
 * with the official indicator text, technical dictionaries (kamus) of any size, and workspaces
 * on disk for the CLI and the server. Deterministic (seeded), so runs are comparable.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../server/src/core/dictionary/builtin';
import type { Competency, Level } from '../server/src/core/dictionary/model';
import { TIERS, Tier } from '../server/src/core/domain/tiers';
import { competencyBlock } from '../server/src/core/edit/blocks';
import { RANKS } from '../server/src/core/domain/ranks';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS: [string, string, string[]][] = [
  ['TIK', 'Komunikasi dan Informatika', ['Pengelolaan Infrastruktur Jaringan', 'Keamanan Informasi', 'Pengembangan Aplikasi', 'Tata Kelola Data', 'Layanan Pusat Data']],
  ['KPG', 'Kepegawaian', ['Analisis Jabatan', 'Analisis Beban Kerja', 'Manajemen Kinerja', 'Pengembangan Kompetensi', 'Penilaian Kompetensi']],
  ['KEU', 'Keuangan', ['Penyusunan Anggaran', 'Akuntansi Pemerintahan', 'Pengelolaan Kas', 'Pelaporan Keuangan', 'Pengelolaan Aset Daerah']],
  ['PBJ', 'Pengadaan Barang/Jasa', ['Perencanaan Pengadaan', 'Pemilihan Penyedia', 'Pengelolaan Kontrak', 'Katalog Elektronik', 'Swakelola']],
  ['HKM', 'Hukum', ['Perancangan Peraturan', 'Harmonisasi Regulasi', 'Bantuan Hukum', 'Dokumentasi Hukum', 'Penyuluhan Hukum']],
  ['ARS', 'Kearsipan', ['Pengelolaan Arsip Dinamis', 'Akuisisi Arsip Statis', 'Preservasi Arsip', 'Layanan Kearsipan', 'Tata Naskah Dinas']],
  ['PRC', 'Perencanaan', ['Perencanaan Pembangunan', 'Evaluasi Program', 'Analisis Kebijakan', 'Pengendalian Kinerja', 'Statistik Sektoral']],
  ['KSH', 'Kesehatan', ['Surveilans Epidemiologi', 'Promosi Kesehatan', 'Pelayanan Kefarmasian', 'Sanitasi Lingkungan', 'Gizi Masyarakat']],
];

const LEVEL_VERBS = ['Memahami', 'Melaksanakan', 'Menganalisis', 'Merancang', 'Menetapkan'];
const LEVEL_SCOPE = [
  'dengan bimbingan atasan sesuai prosedur yang berlaku',
  'secara mandiri sesuai standar operasional prosedur',
  'dan memecahkan permasalahan di unit kerjanya',
  'dan mengembangkan metode kerja tingkat instansi',
  'dan menyusun kebijakan strategis tingkat nasional',
];
const OBJECTS = [
  'dokumen rencana kerja',
  'data dan informasi pendukung',
  'laporan hasil pelaksanaan kegiatan',
  'instrumen evaluasi dan pengendalian',
  'rekomendasi perbaikan proses kerja',
  'koordinasi dengan pemangku kepentingan',
  'pedoman teknis dan petunjuk pelaksanaan',
];

/** One synthetic technical competency, kamus-shaped, with 5 levels of 3–5 indicators. */
export function technicalCompetency(i: number, rand: () => number): { kode: string; nama: string; definisi: string; levels: { deskripsi: string; indikator: string[] }[] } {
  const [area, , topics] = AREAS[i % AREAS.length];
  const topic = topics[Math.floor(i / AREAS.length) % topics.length];
  const serial = Math.floor(i / AREAS.length) + 1;
  const kode = `KT.${area}.${String(serial).padStart(2, '0')}`;
  const nama = serial <= topics.length ? topic : `${topic} ${Math.ceil(serial / topics.length)}`;
  const lower = topic.toLowerCase();
  const levels = LEVEL_VERBS.map((verb, l) => {
    const n = 3 + Math.floor(rand() * 3);
    const indikator: string[] = [];
    for (let k = 0; k < n; k++) {
      const obj = OBJECTS[(k + l + i) % OBJECTS.length];
      indikator.push(`${verb} ${obj} ${lower} ${LEVEL_SCOPE[l]}`);
    }
    return { deskripsi: `${verb} ${lower} ${LEVEL_SCOPE[l]}`, indikator };
  });
  return { kode, nama, definisi: `Kemampuan dalam ${lower} untuk mendukung pelaksanaan tugas dan fungsi instansi.`, levels };
}

export interface KamusText {
  text: string;
  codes: string[];
  lines: number;
}

/** A kamus file of `n` competencies (or, with `minLines`, as many as it takes to reach that many lines). */
export function kamusText(opts: { n?: number; minLines?: number; seed?: number; offset?: number }): KamusText {
  const rand = rng(opts.seed ?? 1);
  const out: string[] = ['kamus:', '  instansi: Badan Kepegawaian Daerah Kabupaten Contoh', '  urusan: Kepegawaian', '  kompetensi:'];
  const codes: string[] = [];
  for (let i = opts.offset ?? 0; ; i++) {
    if (opts.n !== undefined && codes.length >= opts.n) break;
    if (opts.minLines !== undefined && out.length >= opts.minLines) break;
    const c = technicalCompetency(i, rand);
    codes.push(c.kode);
    out.push(`    - kode: ${c.kode}`, `      nama: ${c.nama}`, `      definisi: ${c.definisi}`, '      level:');
    c.levels.forEach((lv, l) => {
      out.push(`        ${l + 1}:`, `          deskripsi: ${lv.deskripsi}`, '          indikator:');
      for (const ind of lv.indikator) out.push(`            - ${ind}`);
    });
  }
  const text = out.join('\n') + '\n';
  return { text, codes, lines: out.length };
}

/** Kamus-shaped text as a dictionary competency (what a workspace index would hold). */
export function asCompetency(c: ReturnType<typeof technicalCompetency>): Competency {
  const levels = new Map<number, Level>();
  c.levels.forEach((lv, l) =>
    levels.set(l + 1, { level: l + 1, deskripsi: lv.deskripsi, indikator: lv.indikator.map((teks, k) => ({ nomor: `${l + 1}.${k + 1}`, teks })) }),
  );
  return { kode: c.kode, nama: c.nama, definisi: c.definisi, group: 'teknis', levels, source: {} };
}

const JOB_TITLES: Record<string, string[]> = {
  'pimpinan-tinggi': ['Sekretaris Daerah', 'Kepala Dinas Komunikasi dan Informatika', 'Kepala Badan Kepegawaian Daerah', 'Inspektur Daerah'],
  administrasi: ['Kepala Bidang Aplikasi Informatika', 'Kepala Subbagian Umum dan Kepegawaian', 'Pengadministrasi Perkantoran', 'Kepala Seksi Pengelolaan Data'],
  fungsional: ['Pranata Komputer', 'Analis Sumber Daya Manusia Aparatur', 'Pranata Keuangan APBN', 'Arsiparis', 'Perencana'],
};

const RANK_BY_TIER: Record<string, string> = {
  'jpt-utama': 'IV/e',
  'jpt-madya': 'IV/d',
  'jpt-pratama': 'IV/c',
  administrator: 'IV/a',
  pengawas: 'III/d',
  pelaksana: 'II/c',
  'ahli-utama': 'IV/d',
  'ahli-madya': 'IV/b',
  'ahli-muda': 'III/c',
  'ahli-pertama': 'III/a',
  penyelia: 'III/c',
  mahir: 'III/a',
  terampil: 'II/c',
  pemula: 'II/a',
};

export interface StandardOptions {
  tier: Tier;
  seed: number;
  /** Technical competencies to cite (full kamus text, including indicators). */
  technical?: ReturnType<typeof technicalCompetency>[];
  /** Extra rows of `indikator_kinerja` (to reach a target length). */
  extraKpi?: number;
}

/** One filled-in standard for a tier: all of M.01–M.08 and SK.01 at the tier's level, with text. */
export function standardText(o: StandardOptions): string {
  const dict = builtinDictionary();
  const rand = rng(o.seed);
  const { tier } = o;
  const titles = JOB_TITLES[tier.kelompok];
  const title = titles[Math.floor(rand() * titles.length)];
  const jobName = tier.kelompok === 'fungsional' ? `${title} ${tier.label}` : title;
  const digits = String(Math.floor(rand() * 1e9)).padStart(9, '0');
  const kode = `${tier.kelompok === 'pimpinan-tinggi' ? '1' : tier.kelompok === 'administrasi' ? '2' : '3'}${tier.code}${digits}`;
  const rank = RANKS.find((r) => r.golongan === RANK_BY_TIER[tier.jenjang])!;
  const L: string[] = [
    '# Standar Kompetensi Jabatan',
    'jabatan:',
    `  nama: ${jobName}`,
    `  kelompok: ${tier.kelompok}`,
    `  jenjang: ${tier.jenjang}`,
    '  urusan: Komunikasi dan Informatika',
    `  kode: "${kode}"`,
    '  ikhtisar: >-',
    '    Melaksanakan penyusunan, analisis, dan evaluasi kebijakan sesuai bidang tugas',
    '    untuk mendukung kinerja organisasi.',
    'kompetensi:',
    '  manajerial:',
  ];
  const block = (c: Competency, level: number, withName = false) => competencyBlock(c, level, '    ', '\n', withName).replace(/\n$/, '').split('\n');
  for (const code of MANAGERIAL_CODES) L.push(...block(dict.get(code)!, tier.level));
  L.push('  sosial_kultural:');
  for (const code of SOCIOCULTURAL_CODES) L.push(...block(dict.get(code)!, tier.level));
  if (o.technical?.length) {
    L.push('  teknis:');
    for (const t of o.technical) {
      const level = 1 + Math.floor(rand() * 5);
      L.push(...block(asCompetency(t), level, true));
    }
  }
  L.push(
    'persyaratan:',
    '  pendidikan:',
    '    - jenjang: S-1',
    '      bidang_ilmu: [Teknik Informatika, Ilmu Komputer, Sistem Informasi]',
    '      tingkat: mutlak',
    '    - jenjang: S-2',
    '      bidang_ilmu: [Manajemen, Ilmu Administrasi Negara]',
    '      tingkat: penting',
    '  pelatihan:',
    '    - jenis: teknis',
    '      uraian: Pelatihan Administrasi Jaringan',
    '      tingkat: penting',
    '    - jenis: manajerial',
    '      uraian: Pelatihan Kepemimpinan',
    '      tingkat: perlu',
    '    - jenis: fungsional',
    '      uraian: Pelatihan Jabatan Fungsional',
    '      tingkat: mutlak',
    '  pengalaman_kerja:',
    '    - uraian: Bidang teknologi informasi paling singkat 2 tahun',
    '      tingkat: penting',
    '    - uraian: Pengelolaan kepegawaian paling singkat 1 tahun',
    '      tingkat: perlu',
    `  pangkat: ${rank.pangkat} (${rank.golongan})`,
    '  indikator_kinerja:',
    '    - Persentase dokumen yang diselesaikan tepat waktu',
  );
  for (let i = 0; i < (o.extraKpi ?? 0); i++) L.push(`    - Jumlah ${OBJECTS[i % OBJECTS.length]} yang diselesaikan sesuai target (${i + 1})`);
  return L.join('\n') + '\n';
}

export interface Corpus {
  dir: string;
  /** Kamus of 50 competencies; standards cite its codes. */
  kamus50: KamusText;
  kamus500: KamusText;
  /** The 20,000-line kamus. */
  kamus20k: KamusText;
  /** One standard per tier (tier.jenjang → text). */
  tiers: { jenjang: string; text: string }[];
  /** The ~200-line standard used for editor latency. */
  standard200: string;
  /** Folder with N standards + the 50-competency kamus, for `skj check`. */
  throughputDir: string;
  throughputFiles: number;
  /** Workspace folder with M standards + the 500-competency kamus, for the server's scale run. */
  scaleDir: string;
  scaleFiles: string[];
}

function pickTechnical(pool: ReturnType<typeof technicalCompetency>[], n: number, rand: () => number): ReturnType<typeof technicalCompetency>[] {
  const out: ReturnType<typeof technicalCompetency>[] = [];
  const used = new Set<number>();
  while (out.length < n && used.size < pool.length) {
    const i = Math.floor(rand() * pool.length);
    if (used.has(i)) continue;
    used.add(i);
    out.push(pool[i]);
  }
  return out;
}

/** Every 10th file gets a typical mistake: one managerial level off by one (several findings). */
function withMistake(text: string, i: number): string {
  if (i % 10 !== 0) return text;
  return text.replace(/(kode: M\.03\n\s+level: )(\d)/, (_, a, d) => `${a}${d === '5' ? 4 : Number(d) + 1}`);
}

export function generateCorpus(root: string, opts: { throughput: number; scale: number }): Corpus {
  fs.mkdirSync(root, { recursive: true });
  const kamus50 = kamusText({ n: 50, seed: 50 });
  const kamus500 = kamusText({ n: 500, seed: 500 });
  const kamus20k = kamusText({ minLines: 20000, seed: 20000 });
  // Regenerate with the same seeds as the kamus texts so cited text matches the kamus exactly.
  const r50 = rng(50);
  const tech50 = Array.from({ length: 50 }, (_, i) => technicalCompetency(i, r50));
  const r500 = rng(500);
  const tech500 = Array.from({ length: 500 }, (_, i) => technicalCompetency(i, r500));

  const rand = rng(7);
  const tiers = TIERS.map((tier, i) => ({ jenjang: tier.jenjang, text: standardText({ tier, seed: 100 + i, technical: pickTechnical(tech50, 3, rand) }) }));
  // ~200 lines: an ahli-muda standard citing 6 technical competencies (the form's rows 10–15).
  const ahliMuda = TIERS.find((t) => t.jenjang === 'ahli-muda')!;
  let standard200 = standardText({ tier: ahliMuda, seed: 42, technical: tech50.slice(0, 6) });
  const lines = standard200.split('\n').length - 1;
  if (lines < 200) standard200 = standardText({ tier: ahliMuda, seed: 42, technical: tech50.slice(0, 6), extraKpi: 200 - lines });

  const throughputDir = path.join(root, 'throughput');
  fs.mkdirSync(throughputDir, { recursive: true });
  fs.writeFileSync(path.join(throughputDir, 'instansi.kamus.yaml'), kamus50.text);
  for (let i = 0; i < opts.throughput; i++) {
    const tier = TIERS[i % TIERS.length];
    const text = withMistake(standardText({ tier, seed: 1000 + i, technical: pickTechnical(tech50, 1 + (i % 4), rand) }), i);
    const sub = path.join(throughputDir, `unit-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `jabatan-${String(i).padStart(4, '0')}.skj.yaml`), text);
  }

  const scaleDir = path.join(root, 'scale');
  fs.mkdirSync(scaleDir, { recursive: true });
  fs.writeFileSync(path.join(scaleDir, 'instansi.kamus.yaml'), kamus500.text);
  const scaleFiles: string[] = [];
  for (let i = 0; i < opts.scale; i++) {
    const tier = TIERS[i % TIERS.length];
    const text = withMistake(standardText({ tier, seed: 5000 + i, technical: pickTechnical(tech500, 1 + (i % 4), rand) }), i);
    const sub = path.join(scaleDir, `unit-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    const f = path.join(sub, `jabatan-${String(i).padStart(4, '0')}.skj.yaml`);
    fs.writeFileSync(f, text);
    scaleFiles.push(f);
  }
  fs.writeFileSync(path.join(root, 'standard-200.skj.yaml'), standard200);
  fs.writeFileSync(path.join(root, 'kamus-20k.kamus.yaml'), kamus20k.text);
  return { dir: root, kamus50, kamus500, kamus20k, tiers, standard200, throughputDir, throughputFiles: opts.throughput, scaleDir, scaleFiles };
}

/**
 * A hostile standard: `n` keys in one map (under `jabatan:`), each unknown to the schema, and a
 * few repeated (duplicate keys). 40,000 keys make a 640 KB file: far under the live size limit.
 */
export function manyKeysText(n = 40_000): string {
  const lines = ['jabatan:', '  nama: Analis Kunci Banyak'];
  for (let i = 0; i < n; i++) lines.push(`  k${String(i).padStart(5, '0')}: ${i}`);
  lines.push('  k00000: lagi', '  k00001: lagi');
  lines.push('kompetensi:', '  manajerial: []', '  sosial_kultural: []', 'persyaratan: {}', '');
  return lines.join('\n');
}
