import { expectedLevel, SkjConfig } from '../config/config';
import { builtinDictionary, MANAGERIAL_CODES, SOCIOCULTURAL_CODES } from '../dictionary/builtin';
import { formatRank, rankByGolongan } from '../domain/ranks';
import { tierOf } from '../domain/tiers';
import { competencyBlock } from '../edit/blocks';
import type { Locale } from '../types';
import { tr } from './doc';
import { snippetEscape } from './completion/items';

export interface NewStandardOptions {
  config: SkjConfig;
  locale?: Locale;
  /** Line break of the produced text (default \n). */
  eol?: string;
  /** Produce snippet syntax with tab stops on the fields to fill in. */
  snippet?: boolean;
}

/**
 * A whole new standard for a kelompok/jenjang: the position header, all nine competencies at
 * the tier's level with their official descriptions and indicators, and the requirement
 * sections laid out as on the form (III. A–E). Fields only the author can fill in are left
 * empty with the form's guide mark as a comment (or are tab stops in snippet mode).
 */
export function newStandardText(kelompok: string, jenjang: string, opts: NewStandardOptions): string {
  const locale = opts.locale ?? opts.config.locale;
  const eol = opts.eol ?? '\n';
  const snippet = !!opts.snippet;
  const tier = tierOf(jenjang);
  const level = expectedLevel(opts.config, jenjang) ?? 1;
  let stop = 0;
  /**
   * A field to fill in: an empty tab stop in snippet mode (the comment after it says what goes
   * there, so nothing the author skips is left behind as if it were written), else empty.
   */
  const fill = (_placeholder: string) => (snippet ? `\${${++stop}}` : '');
  const esc = (t: string) => (snippet ? snippetEscape(t) : t);
  const field = (indent: string, key: string, value: string, comment?: string) => {
    const v = value === '' ? '' : ` ${value}`;
    return `${indent}${key}:${v}${comment ? `  # ${esc(comment)}` : ''}`;
  };

  const lines: string[] = [];
  lines.push(esc(`# ${tr(locale, 'Standar Kompetensi Jabatan', 'Job competency standard')}${tier ? ` — ${tier.label}` : ''} (PermenPANRB 38/2017)`));
  lines.push('jabatan:');
  lines.push(field('  ', 'nama', fill(tr(locale, 'Nama Jabatan', 'Position name')), tr(locale, '(*1) nama jabatan', '(*1) position name')));
  lines.push(field('  ', 'kelompok', esc(kelompok), '(*2)'));
  lines.push(field('  ', 'jenjang', esc(jenjang), tier ? tr(locale, `level manajerial & SK.01: ${level}`, `managerial & SK.01 level: ${level}`) : undefined));
  lines.push(field('  ', 'urusan', fill(tr(locale, 'Urusan Pemerintahan', 'Government affair')), tr(locale, '(*3) urusan pemerintahan', '(*3) government affair')));
  lines.push(field('  ', 'kode', '', tr(locale, '(*4) diisi oleh Kementerian PANRB: 12 digit dalam tanda kutip', '(*4) given by the ministry: 12 quoted digits')));
  lines.push(field('  ', 'ikhtisar', fill(tr(locale, 'Ikhtisar jabatan', 'Job summary')), tr(locale, '(*5) ikhtisar jabatan', '(*5) job summary')));

  lines.push('kompetensi:');
  lines.push('  manajerial:');
  const block = (code: string) => esc(competencyBlock(builtinDictionary().get(code)!, level, '    ', eol).replace(/\r?\n$/, ''));
  for (const code of MANAGERIAL_CODES) lines.push(block(code));
  lines.push('  sosial_kultural:');
  for (const code of SOCIOCULTURAL_CODES) lines.push(block(code));
  lines.push(esc(tr(locale, '  # teknis: kompetensi teknis dari kamus (*6–*9), mis.', '  # teknis: technical competencies from a kamus (*6–*9), e.g.')));
  lines.push(esc('  #   - kode: KT.XXX.01'));
  lines.push(esc('  #     level: 3'));

  const low = tier?.golongan ? rankByGolongan(tier.golongan[0]) : undefined;
  lines.push('persyaratan:');
  lines.push('  pendidikan:');
  lines.push(field('    - ', 'jenjang', fill('S-1'), tr(locale, '(*10) SD, SLTP, SLTA, D-I … D-IV, S-1, S-2, S-3', '(*10) SD, SLTP, SLTA, D-I … D-IV, S-1, S-2, S-3')));
  lines.push(field('      ', 'bidang_ilmu', snippet ? `[${fill(tr(locale, 'Bidang Ilmu', 'Field of study'))}]` : '[]', '(*11)'));
  lines.push(field('      ', 'tingkat', 'mutlak', '(*16) mutlak | (*17) penting | (*18) perlu'));
  lines.push('  pelatihan:');
  for (const [jenis, mark] of [['manajerial', 12], ['teknis', 13], ['fungsional', 14]] as const) {
    lines.push(field('    - ', 'jenis', jenis, `(*${mark})`));
    lines.push(field('      ', 'uraian', fill(tr(locale, `Pelatihan ${jenis}`, `${jenis} training`))));
    lines.push(field('      ', 'tingkat', 'penting'));
  }
  lines.push(field('  ', 'pengalaman_kerja', '', '(*15)'));
  lines.push(field('    - ', 'uraian', fill(tr(locale, 'Bidang pengalaman kerja', 'Field of work experience'))));
  lines.push(field('      ', 'tingkat', 'penting'));
  lines.push(field('  ', 'pangkat', low ? (snippet ? `\${${++stop}:${esc(formatRank(low))}}` : formatRank(low)) : fill('Penata (III/c)'), tr(locale, '(*19) pangkat minimal', '(*19) minimum rank')));
  lines.push(field('  ', 'indikator_kinerja', '', '(*20)'));
  lines.push(`    -${snippet ? ` ${fill(tr(locale, 'Indikator kinerja jabatan', 'Performance indicator'))}` : ''}`);
  return lines.join(eol) + eol + (snippet ? '$0' : '');
}
