/**
 * An imported standard as *.skj.yaml text, built with yaml's Document API (so every value is
 * quoted as it must be: "205010000021", "2.1"), with what could not be mapped as comments at the
 * place it came from.
 */
import { Document, isMap, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { SECTIONS } from '../model/skj-model';
import type { ImportedStandard, Unmapped } from './imported';

function noteLines(notes: Unmapped[]): string | undefined {
  if (!notes.length) return undefined;
  return notes
    .map((n) => ` tak terpetakan (${n.where}): ${n.text.replace(/\s*\n\s*/g, ' / ')}`)
    .join('\n');
}

function addComment(node: Scalar | YAMLMap | YAMLSeq | undefined, notes: Unmapped[]): void {
  const text = noteLines(notes);
  if (!node || !text) return;
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
}

function keyOf(map: YAMLMap, key: string): Scalar | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar> | undefined;
  return pair?.key;
}

function compact<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}

export function standardToYaml(s: ImportedStandard, source: string): string {
  const data: Record<string, unknown> = {
    jabatan: compact({ nama: s.jabatan.nama, kelompok: s.jabatan.kelompok, jenjang: s.jabatan.jenjang, urusan: s.jabatan.urusan, kode: s.jabatan.kode, ikhtisar: s.jabatan.ikhtisar }),
  };
  const kompetensi: Record<string, unknown> = {};
  for (const sec of SECTIONS) {
    const items = s.kompetensi[sec];
    if (items.length || sec !== 'teknis') kompetensi[sec] = items.map((c) => compact({ kode: c.kode, nama: c.nama, level: c.level, deskripsi: c.deskripsi, indikator: c.indikator }));
  }
  data.kompetensi = kompetensi;
  const R = s.persyaratan;
  data.persyaratan = compact({
    pendidikan: R.pendidikan.map((p) => compact({ jenjang: p.jenjang, bidang_ilmu: p.bidang_ilmu, tingkat: p.tingkat })),
    pelatihan: R.pelatihan.map((p) => compact({ jenis: p.jenis, uraian: p.uraian, tingkat: p.tingkat })),
    pengalaman_kerja: R.pengalaman_kerja.map((p) => compact({ uraian: p.uraian, tingkat: p.tingkat })),
    pangkat: R.pangkat,
    indikator_kinerja: R.indikator_kinerja,
  });

  // A form with a Unit Kerja but no Status line: `tahap` is required, and draf (the first step)
  // is the one that claims nothing; a comment says so.
  const tahapGuessed = !!s.status?.unit_kerja && !s.status.tahap;
  if (s.status && (s.status.tahap || s.status.unit_kerja)) {
    data.status = compact({ tahap: s.status.tahap ?? 'draf', unit_kerja: s.status.unit_kerja, riwayat: s.status.riwayat.map((r) => compact(r)) });
  }
  const doc = new Document(data);
  doc.commentBefore = ` Diimpor dari ${source} oleh skj import. Periksa dengan \`skj check\` (atau di VS Code) dan perbaiki temuan.`;
  const root = doc.contents as YAMLMap;
  addComment(keyOf(root, 'jabatan'), s.notes.jabatan);
  const komp = root.get('kompetensi', true) as unknown as YAMLMap;
  addComment(keyOf(root, 'kompetensi'), s.notes.kompetensi);
  for (const sec of SECTIONS) {
    addComment(keyOf(komp, sec), s.notes[sec]);
    const seq = komp.get(sec, true) as unknown as YAMLSeq | undefined;
    s.kompetensi[sec].forEach((c, i) => {
      const node = seq?.items[i];
      if (isMap(node)) addComment(node as YAMLMap, c.notes);
    });
  }
  addComment(keyOf(root, 'persyaratan'), s.notes.persyaratan);
  const riwayat = (root.get('status', true) as unknown as YAMLMap | undefined)?.get?.('riwayat', true) as unknown as YAMLSeq | undefined;
  if (tahapGuessed) {
    const tahap = keyOf(root.get('status', true) as unknown as YAMLMap, 'tahap');
    const why = s.status?.tahapAsWritten ? `Status di formulir ("${s.status.tahapAsWritten}") bukan tahap yang dikenal` : 'Formulir tidak menyebut Status';
    if (tahap) tahap.commentBefore = ` ${why}: diisi draf; ubah bila standar ini sudah dikonfirmasi, divalidasi, diusulkan atau ditetapkan.`;
  }
  if (riwayat) riwayat.commentBefore = ' Formulir hanya memuat tahap terakhir; lengkapi tahap sebelumnya bila ada.';
  return doc.toString({ lineWidth: 0 });
}

/** "Kepala Bagian Umum" → "kepala-bagian-umum" (for the file name). */
export function slugOf(name: string | undefined): string {
  return (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
