import { messages, Rule } from './rule';

const msg = messages({
  id: {
    codes: {
      DUPLICATE_KEY: 'Kunci ganda: kunci yang sama sudah ada di pemetaan ini.',
      TAB_AS_INDENT: 'Tab tidak boleh dipakai untuk indentasi YAML; gunakan spasi.',
      BAD_INDENT: 'Indentasi tidak sesuai.',
      MISSING_CHAR: 'Tanda penutup (kutip atau kurung) tidak ditemukan.',
      MULTIPLE_DOCS: 'Berkas berisi lebih dari satu dokumen YAML (---); satu berkas = satu jabatan.',
      BLOCK_AS_IMPLICIT_KEY: 'Blok tidak boleh dipakai sebagai kunci; periksa titik dua dan indentasi.',
      MULTILINE_IMPLICIT_KEY: 'Kunci tidak boleh terpotong ke baris berikutnya; periksa titik dua dan indentasi.',
      UNEXPECTED_TOKEN: 'Token YAML tak terduga.',
      TAG_RESOLVE_FAILED: 'Tag YAML tidak dikenal; tag tidak didukung dalam berkas SKJ.',
      BAD_ALIAS: 'Alias YAML tidak valid.',
      PARSER_FAILURE: 'Berkas tidak dapat dibaca: struktur terlalu dalam atau rusak.',
      NESTING_TOO_DEEP: 'Struktur YAML bersarang terlalu dalam; berkas tidak diperiksa lebih lanjut.',
      RESOURCE_EXHAUSTION: 'Struktur YAML bersarang terlalu dalam; berkas tidak diperiksa lebih lanjut.',
    } as Record<string, string>,
    generic: (m: string) => `Kesalahan sintaks YAML: ${m}`,
  },
  en: {
    codes: {
      DUPLICATE_KEY: 'Duplicate key: this key is already present in this mapping.',
      TAB_AS_INDENT: 'Tabs cannot be used for YAML indentation; use spaces.',
      BAD_INDENT: 'Bad indentation.',
      MISSING_CHAR: 'Missing closing quote or bracket.',
      MULTIPLE_DOCS: 'The file holds more than one YAML document (---); one file = one position.',
      BLOCK_AS_IMPLICIT_KEY: 'A block cannot be a key; check colons and indentation.',
      MULTILINE_IMPLICIT_KEY: 'A key cannot span lines; check colons and indentation.',
      UNEXPECTED_TOKEN: 'Unexpected YAML token.',
      TAG_RESOLVE_FAILED: 'Unknown YAML tag; tags are not supported in SKJ files.',
      BAD_ALIAS: 'Invalid YAML alias.',
      PARSER_FAILURE: 'The file cannot be read: nesting too deep or broken.',
      NESTING_TOO_DEEP: 'The YAML is nested too deeply; the file is not checked further.',
      RESOURCE_EXHAUSTION: 'The YAML is nested too deeply; the file is not checked further.',
    } as Record<string, string>,
    generic: (m: string) => `YAML syntax error: ${m}`,
  },
});

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  appliesTo: ['skj', 'kamus'],
  title: { id: 'YAML tidak dapat diurai', en: 'The YAML does not parse' },
  check(ctx) {
    const m = msg(ctx.locale);
    for (const p of ctx.file.problems) {
      const known = m.codes[p.code];
      ctx.report({ range: p.range, message: known ? `${known} (${p.message})` : m.generic(p.message) });
    }
  },
};
