/**
 * Hostile files, shared by the core tests (test/unit/hostile-core.test.ts) and the server tests
 * (test/robustness/hostile-server.test.ts). Each is a text a language server may be handed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const example = (name: string): string => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');
export const VALID_SKJ = (): string => example('kasubbag-umum-pengawas.skj.yaml');
export const VALID_KAMUS = (): string => example('diskominfo.kamus.yaml');

/** Billion laughs: 10 levels of 10 aliases each, 10^10 nodes if expanded. */
export function aliasBomb(prefix = ''): string {
  let s = prefix + 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i <= 10; i++) s += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
}

export interface Hostile {
  name: string;
  text: string;
  /** Time allowed (ms) when not the default second and a half. */
  slowMs?: number;
  /** Rule ids of which at least one must be reported (a clear finding). */
  expect: string[];
  /** Check also the message: the finding this regexp matches must be present. */
  message?: RegExp;
}

/** The hostile texts (the 12 MB file is separate: it is for the size limit, not the parser). */
export function hostileTexts(): Hostile[] {
  const skj = VALID_SKJ();
  return [
    { name: 'alias bomb (billion laughs)', text: aliasBomb(), expect: ['schema'], message: /alias/i },
    { name: 'alias bomb inside a valid standard', text: skj + aliasBomb('\n'), expect: ['schema'], message: /alias/i },
    { name: '20,000-deep flow sequence [[[[…', text: 'jabatan: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n', expect: ['yaml-syntax'], message: /terlalu dalam/ },
    { name: '20,000-deep unclosed flow map {a: {a: …', text: '{a: '.repeat(20000), expect: ['yaml-syntax'], message: /terlalu dalam/ },
    { name: '20,000-deep compact block sequence - - - …', text: 'kompetensi:\n' + '- '.repeat(20000) + 'x\n', expect: ['yaml-syntax'], message: /terlalu dalam/ },
    { name: '20,000-deep explicit keys ? ? ? …', text: '? '.repeat(20000) + 'x\n', expect: ['yaml-syntax'], message: /terlalu dalam/ },
    { name: '2,000-deep indented block maps', text: Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n', expect: ['yaml-syntax'], message: /terlalu dalam/ },
    { name: 'binary bytes', text: Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1'), expect: ['schema', 'yaml-syntax'] },
    { name: 'NUL bytes', text: skj.replace('nama: Kepala', 'nama: Ke\0pa\0la') + '\0\0\0\n', expect: ['yaml-syntax', 'schema'] },
    { name: 'invalid UTF-8 decoded with replacement characters', text: Buffer.concat([Buffer.from(skj.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from(skj.slice(40))]).toString('utf8'), expect: ['schema', 'yaml-syntax'] },
    { name: 'a single 1 MB line', text: skj.replace('nama: Kepala Subbagian Umum dan Kepegawaian', 'nama: ' + 'Kepala '.repeat(150000)), expect: [] },
    // 1 MB of tiny tokens takes the yaml parser ~3 s (linear): the core checks it (schema), the
    // server does not check lines over maxLineLength live (file-too-large, at once).
    { name: 'a 300 KB line of 100,000 flow items', text: 'jabatan: [' + 'x, '.repeat(100000) + 'x]\n', expect: ['schema', 'file-too-large'], slowMs: 2500 },
    { name: 'tabs as indentation', text: skj.replace(/^ {2}/gm, '\t'), expect: ['yaml-syntax'], message: /Tab/ },
    { name: '!!js/function tag', text: 'jabatan: !!js/function "function () { process.exit(7) }"\n', expect: ['yaml-syntax'], message: /[Tt]ag/ },
    { name: 'custom !tags and !<…> verbatim tags', text: skj.replace('nama: Kepala', 'nama: !shell Kepala').replace('kelompok: administrasi', 'kelompok: !<tag:yaml.org,2002:js/regexp> /x/'), expect: ['yaml-syntax'], message: /[Tt]ag/ },
    { name: 'several documents in one file', text: skj + '---\n' + skj, expect: ['yaml-syntax'], message: /lebih dari satu dokumen/ },
    { name: 'an empty file', text: '', expect: ['schema'] },
    { name: 'only whitespace and comments', text: '\n\n   \n# nothing\n', expect: ['schema'] },
    { name: 'duplicate keys', text: skj.replace('  kelompok: administrasi\n', '  kelompok: administrasi\n  kelompok: fungsional\n'), expect: ['yaml-syntax'], message: /Kunci ganda/ },
    { name: 'self-referencing alias and merge keys', text: 'a: &a [*a]\nb: &b {<<: *b}\n', expect: ['schema'] },
    { name: 'lone surrogates, emoji and combining marks', text: skj.replace('nama: Kepala', 'nama: \uD800\uDFFF😀e\u0301\u202E Kepala'), expect: [] },
  ];
}

/** A standard of about `bytes` bytes: a valid file with one very long indicator list. */
export function largeStandard(bytes: number): string {
  const skj = VALID_SKJ();
  const line = '        - "Indikator yang sangat panjang untuk menguji batas ukuran berkas pada server bahasa."\n';
  const n = Math.ceil((bytes - skj.length) / line.length);
  const marker = '      indikator:\n';
  const i = skj.indexOf(marker) + marker.length;
  return skj.slice(0, i) + line.repeat(n) + skj.slice(i);
}

/** LF text → CRLF everywhere, or mixed (every other line break CRLF). */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
export function toMixed(text: string): string {
  let i = 0;
  return text.replace(/\r?\n/g, () => (i++ % 2 ? '\r\n' : '\n'));
}
