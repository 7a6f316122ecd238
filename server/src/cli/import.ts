import * as fs from 'node:fs';
import * as path from 'node:path';
import { importRows } from '../core/import';
import { documentKind, ImportError, isImportError } from '../core/import/blocks';
import { readFileSafe, refusalText } from '../fs/read';
import type { Locale } from '../core/types';
import { repositoryOf, UsageError } from './files';
import { office } from './office-loader';
import { dictionaryFor, kamusFor } from './render';
import { compileGlob, Glob, globBase, GlobError, isGlob } from '../core/workspace/glob';
import { ConfigModel } from '../core/config/resolve';
import { RULE_IDS } from '../core/rules';
import { walkFiles } from '../fs/walk';
import { configReader, ignoresIn } from '../fs/workspace-files';
import { fsErrorText, tr } from './locale';

/** The options of `skj import`, for the command table of main.ts. */
export const IMPORT_OPTIONS = [
  { name: '-o, --output', value: 'FOLDER', help: 'where the *.skj.yaml files go (default: beside each document)' },
  { name: '--force', help: 'overwrite existing *.skj.yaml files' },
  { name: '--json', help: 'print what was written as JSON on standard output' },
  { name: '--locale', value: 'id|en', help: 'language of the messages' },
  { name: '--no-kamus', help: 'do not match technical competencies with *.kamus.yaml files' },
];

export const IMPORT_HELP = `skj import DOCUMENTS… [-o FOLDER] [--force] [--json] [--locale id|en] [--no-kamus]

Reads filled FORM STANDAR KOMPETENSI JABATAN ASN documents — Word (.docx), Excel (.xlsx) or
HTML saved by Word (.html/.htm), one or more forms each — and writes one *.skj.yaml per
standard, named from the position (kepala-bagian-umum.skj.yaml). Folders and globs import a
batch. Existing files are kept unless --force. Text that could not be mapped goes into the
YAML as a comment where it was found, and is listed here (document, table row).
Exit codes: 0 imported, 1 some files were not written (they exist), 2 a document could not
be read or holds no form.`;

type Io = { out(s: string): void; err(s: string): void; cwd: string };

const MSG = {
  id: {
    progress: (i: number, n: number, f: string) => `[${i}/${n}] ${f}`,
    standards: (n: number) => `${n} standar`,
    unreadable: (f: string, why: string) => `skj: ${f} tidak dapat diimpor: ${why}\n`,
    unmapped: (f: string, where: string, text: string) => `  ${f} (${where}): tak terpetakan — ${text}\n`,
    exists: (f: string) => `  ${f} sudah ada, tidak ditimpa (pakai --force)\n`,
    wrote: (f: string) => `  menulis ${f}\n`,
    renamed: (f: string, first: string) => `  nama jabatannya sama dengan standar dari ${first} yang baru saja ditulis; ditulis sebagai ${f}\n`,
    unwritable: (f: string, why: string) => `skj: tidak dapat menulis ${f}: ${why}\n`,
    summary: (docs: number, w: number, skipped: number, bad: number, un: number, failed = 0) =>
      `skj: ${docs} dokumen, ${w} standar ditulis` + (skipped ? `, ${skipped} dilewati (sudah ada)` : '') + (bad ? `, ${bad} dokumen tak terbaca` : '') + (failed ? `, ${failed} berkas tidak dapat ditulis` : '') + (un ? `, ${un} isian tak terpetakan (lihat komentar di YAML)` : '') + '\n',
  },
  en: {
    progress: (i: number, n: number, f: string) => `[${i}/${n}] ${f}`,
    standards: (n: number) => `${n} standard(s)`,
    unreadable: (f: string, why: string) => `skj: ${f} cannot be imported: ${why}\n`,
    unmapped: (f: string, where: string, text: string) => `  ${f} (${where}): not mapped — ${text}\n`,
    exists: (f: string) => `  ${f} exists, not overwritten (use --force)\n`,
    wrote: (f: string) => `  wrote ${f}\n`,
    renamed: (f: string, first: string) => `  same position name as the standard from ${first} just written; written as ${f}\n`,
    unwritable: (f: string, why: string) => `skj: cannot write ${f}: ${why}\n`,
    summary: (docs: number, w: number, skipped: number, bad: number, un: number, failed = 0) =>
      `skj: ${docs} document(s), ${w} standard(s) written` + (skipped ? `, ${skipped} skipped (exist)` : '') + (bad ? `, ${bad} unreadable` : '') + (failed ? `, ${failed} file(s) could not be written` : '') + (un ? `, ${un} item(s) not mapped (see the comments in the YAML)` : '') + '\n',
  },
};

const isDocument = (f: string) => !!documentKind(f) && !path.basename(f).startsWith('~$'); // ~$x.docx: Word's lock file

/** Documents named on the command line: files, folders and globs, walked by the one file walker (.skjignore honoured). */
function expand(inputs: string[], cwd: string, locale: Locale): string[] {
  const files: string[] = [];
  const walk = (base: string, accept: (f: string) => boolean): string[] => {
    const configs = new ConfigModel(configReader(), RULE_IDS);
    const walked = walkFiles(base, { accept, ignoresIn: ignoresIn(configs), ignoreRoot: repositoryOf(base) });
    if (walked.errors.length) throw new UsageError(`${tr(locale, 'tidak dapat membaca', 'cannot read')} ${walked.errors.map((e) => `${path.relative(cwd, e.path) || e.path}: ${fsErrorText(locale, e.message)}`).join(', ')}`);
    return walked.files;
  };
  for (const arg of inputs) {
    const norm = arg.replace(/\\/g, '/');
    if (isGlob(norm)) {
      let glob: Glob;
      try {
        glob = compileGlob(path.resolve(cwd, norm).split(path.sep).join('/'));
      } catch (e) {
        throw new UsageError(`${arg}: ${e instanceof GlobError ? e.message : e}`);
      }
      const found = walk(path.resolve(cwd, globBase(norm)), (f) => isDocument(f) && glob.test(f.split(path.sep).join('/')));
      if (!found.length) throw new UsageError(tr(locale, `tidak ada dokumen yang cocok dengan ${arg}`, `no document matches ${arg}`));
      files.push(...found);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`${tr(locale, 'tidak dapat membaca', 'cannot read')} ${arg}: ${fsErrorText(locale, 'ENOENT')}`);
    }
    if (st.isDirectory()) {
      const found = walk(abs, isDocument);
      if (!found.length) throw new UsageError(tr(locale, `tidak ada dokumen .docx, .xlsx atau .html di ${arg}`, `no .docx, .xlsx or .html document under ${arg}`));
      files.push(...found);
    } else files.push(abs);
  }
  return [...new Set(files)];
}

export interface ImportReport {
  document: string;
  written: string[];
  skipped: string[];
  unmapped: { where: string; text: string }[];
  error?: string;
}

export interface ImportOptions {
  inputs: string[];
  output?: string;
  force: boolean;
  json: boolean;
  locale: Locale;
  useKamus: boolean;
}

/** `skj import`: 0 imported, 1 files left as they were (exist), 2 bad usage / unreadable document. */
export async function importCommand(o: ImportOptions, io: Io): Promise<number> {
  const { inputs, output, force, json, locale, useKamus } = o;
  if (!inputs.length) throw new UsageError(tr(locale, 'import memerlukan dokumen: skj import FORMULIR.docx [-o FOLDER]', 'import needs a document: skj import FORM.docx [-o FOLDER]'));
  const m = MSG[locale];
  const docs = expand(inputs, io.cwd, locale);
  const outDir = output ? path.resolve(io.cwd, output) : undefined;
  const show = (p: string) => (output && path.isAbsolute(output) ? p : path.relative(io.cwd, p) || p);
  const reports: ImportReport[] = [];
  let written = 0;
  let skipped = 0;
  let bad = 0;
  let unmappedCount = 0;
  let failed = 0;
  // Files this run wrote, and from which document: a second form with the same position name gets
  // its own file (name-2.skj.yaml) instead of overwriting (--force) or being skipped as "existing".
  const writtenBy = new Map<string, string>();
  const freeName = (target: string): string => {
    const stem = target.replace(/\.skj\.yaml$/, '');
    let n = 2;
    while (writtenBy.has(`${stem}-${n}.skj.yaml`)) n++;
    return `${stem}-${n}.skj.yaml`;
  };
  for (const [i, doc] of docs.entries()) {
    const rel = path.relative(io.cwd, doc) || doc;
    const report: ImportReport = { document: doc, written: [], skipped: [], unmapped: [] };
    reports.push(report);
    let files: ReturnType<typeof importRows>['files'];
    const dir = outDir ?? path.dirname(doc);
    try {
      const rows = await office().readDocument(doc, readDocumentFile(doc));
      const dict = dictionaryFor(useKamus ? kamusFor(dir) : undefined);
      files = importRows(rows, dict, path.basename(doc), path.basename(doc).replace(/\.[^.]+$/, '')).files;
    } catch (e) {
      const why = isImportError(e) ? (locale === 'en' ? e.en : e.message) : fsErrorText(locale, e);
      io.err(m.unreadable(rel, why));
      report.error = why;
      bad++;
      continue;
    }
    io.err(`${m.progress(i + 1, docs.length, rel)}: ${m.standards(files.length)}\n`);
    for (const f of files) {
      let target = path.join(dir, f.name);
      for (const u of f.unmapped) {
        io.err(m.unmapped(rel, u.where, u.text.replace(/\s*\n\s*/g, ' / ')));
        report.unmapped.push(u);
        unmappedCount++;
      }
      const first = writtenBy.get(target);
      if (first !== undefined) {
        target = freeName(target);
        io.err(m.renamed(show(target), path.relative(io.cwd, first) || first));
      }
      if (fs.existsSync(target) && !force) {
        io.err(m.exists(show(target)));
        report.skipped.push(target);
        skipped++;
        continue;
      }
      try {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(target, f.yaml, 'utf8');
      } catch (e) {
        const why = fsErrorText(locale, e);
        io.err(m.unwritable(show(target), why));
        report.error = why;
        failed++;
        continue;
      }
      writtenBy.set(target, doc);
      io.err(m.wrote(show(target)));
      report.written.push(target);
      written++;
    }
  }
  io.err(m.summary(docs.length, written, skipped, bad, unmappedCount, failed));
  if (json) io.out(JSON.stringify(reports, null, 2) + '\n');
  return bad || failed ? 2 : skipped ? 1 : 0;
}

/** Documents larger than this are refused: a filled form is well under 1 MB, with pictures a few. */
const DOCUMENT_LIMIT = 50 * 1024 * 1024;

/** A document's bytes through the safe reader (a regular file, bounded): never a FIFO, device or 3 GB file. */
function readDocumentFile(file: string): Buffer {
  const r = readFileSafe(file, { limit: DOCUMENT_LIMIT });
  if (!r.ok) throw new ImportError(refusalText(r, DOCUMENT_LIMIT, false), refusalText(r, DOCUMENT_LIMIT, true));
  return r.bytes;
}
