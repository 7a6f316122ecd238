/**
 * Writes a complete, valid standard for a tier from the built-in dictionary — used to make the
 * example standards and the golden fixtures. `node out/scripts/make-standard.js JENJANG NAMA KODE PANGKAT`
 */
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../server/src/core/dictionary/builtin';
import { tierOf } from '../server/src/core/domain/tiers';
import { competencyBlock } from '../server/src/core/edit/blocks';
import { yamlString } from '../server/src/core/edit/yaml-edits';

export function makeStandard(jenjang: string, nama: string, kode: string, pangkat: string, urusan: string, ikhtisar: string): string {
  const tier = tierOf(jenjang)!;
  const dict = builtinDictionary();
  const block = (codes: string[]) => codes.map((c) => competencyBlock(dict.get(c)!, tier.level, '    ')).join('');
  return `# Standar Kompetensi Jabatan
jabatan:
  nama: ${nama}
  kelompok: ${tier.kelompok}
  jenjang: ${jenjang}
  urusan: ${urusan}
  kode: "${kode}"
  ikhtisar: >-
    ${ikhtisar}
kompetensi:
  manajerial:
${block(MANAGERIAL_CODES)}  sosial_kultural:
${block(SOCIOCULTURAL_CODES)}persyaratan:
  pendidikan:
    - jenjang: S-1
      bidang_ilmu: [Ilmu Administrasi Negara, Manajemen]
      tingkat: mutlak
  pelatihan:
    - jenis: manajerial
      uraian: ${yamlString('Pelatihan Kepemimpinan')}
      tingkat: penting
  pengalaman_kerja:
    - uraian: Bidang tugas terkait paling singkat 2 tahun
      tingkat: penting
  pangkat: ${pangkat}
  indikator_kinerja:
    - Persentase program kerja yang tercapai sesuai target
`;
}

if (require.main === module) {
  const [jenjang, nama, kode, pangkat, urusan = 'Kepegawaian', ikhtisar = 'Memimpin dan mengoordinasikan pelaksanaan tugas unit kerja untuk mendukung kinerja organisasi.'] = process.argv.slice(2);
  process.stdout.write(makeStandard(jenjang, nama, kode, pangkat, urusan, ikhtisar));
}
