/** Helpers of the import/export tests: the form as the analyst reads it, and word sets. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LayeredDictionary } from '../../server/src/core/dictionary/model';
import { builtinDictionary } from '../../server/src/core/dictionary/builtin';
import { normalizeText, wordSet } from '../../server/src/core/dictionary/normalize';
import { buildFormModel, COMPETENCY_COLUMNS, competencyLabel, FORM_TITLE, indicatorLine, REQUIREMENT_COLUMNS, TINGKAT_HEADING } from '../../server/src/core/render/form-model';
import formGuide from '../../server/src/core/dictionary/form-guide.json';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import * as assert from 'node:assert/strict';
import type { SourceRow } from '../../server/src/core/import/blocks';

export const ROOT = path.resolve(__dirname, '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');

/** The built-in dictionary with the kamus files of a folder. */
export function dictionaryOf(dir: string) {
  const index = new KamusIndex();
  for (const f of fs.readdirSync(dir)) if (/\.kamus\.ya?ml$/.test(f)) index.setText(pathToFileURL(path.join(dir, f)).href, fs.readFileSync(path.join(dir, f), 'utf8'));
  return new LayeredDictionary([builtinDictionary(), index]);
}

/**
 * What a standard says, as the form shows it: codes, levels, descriptions and indicators
 * (numbers and texts, references resolved), requirements with their tingkat. Two standards
 * with the same meaning give the same value whatever the YAML spelling.
 */
export function meaning(text: string, dict = dictionaryOf(EXAMPLES)): unknown {
  const f = buildFormModel(text, dict);
  const n = (s: string | undefined) => (s === undefined ? undefined : normalizeText(s));
  return {
    header: f.header.map((h) => [h.key, n(h.value)]),
    ikhtisar: n(f.ikhtisar),
    groups: f.groups.map((g) => ({
      label: g.label,
      rows: g.rows.map((r) => ({ label: competencyLabel(r), code: r.code, level: r.level, deskripsi: n(r.deskripsi), ind: r.indicators.map((i) => `${i.nomor ?? ''}|${normalizeText(indicatorLine({ ...i, nomor: undefined }))}`) })),
    })),
    requirements: f.requirements.map((g) => g.subs.map((s) => [s.label, s.rows.map((r) => [n(r.uraian), r.tingkat])])),
    pangkat: n(f.pangkat),
    kinerja: f.indikatorKinerja.map((k) => normalizeText(k)),
  };
}

/** Every word a YAML text holds, in values and comments, with its references resolved by the form. */
export function wordsOf(yamlText: string, dict = dictionaryOf(EXAMPLES)): Set<string> {
  const f = buildFormModel(yamlText, dict);
  // The form's own labels are its structure, not content to keep.
  const labels = [FORM_TITLE, ...formGuide.form.sections, ...COMPETENCY_COLUMNS, ...REQUIREMENT_COLUMNS, TINGKAT_HEADING, 'Diskripsi Deskripsi No i ii iii a b c d e'];
  const parts = [yamlText, JSON.stringify(f), ...labels];
  return wordSet(normalizeText(parts.join(' ')));
}

/** Every word of every cell the reader saw is in the YAML written (as a value or a comment). */
export function assertNothingLost(rows: SourceRow[], yamls: string[], dict = dictionaryOf(EXAMPLES)): void {
  const have = new Set<string>();
  for (const y of yamls) for (const w of wordsOf(y, dict)) have.add(w);
  const missing: string[] = [];
  for (const r of rows)
    for (const c of r.cells)
      for (const line of c.lines) {
        const words = [...wordSet(normalizeText(line))].filter((w) => !/^\d+$/.test(w) || w.length > 2);
        const lost = words.filter((w) => !have.has(w) && !/^[√v]$/.test(w));
        // Kode "2 04 010000 007" is written as its 12 digits.
        if (lost.length && !(/^[\d\s]+$/.test(line.replace(/^.*:/, '')) && [...have].some((h) => h === line.replace(/\D/g, '')))) missing.push(`${r.where}: ${line} (${lost.join(', ')})`);
      }
  assert.deepEqual(missing, []);
}
