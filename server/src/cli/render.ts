import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import type { SkjConfig } from '../core/config/config';
import { ConfigModel } from '../core/config/resolve';
import { builtinDictionary } from '../core/dictionary/builtin';
import { DictionaryLookup, LayeredDictionary } from '../core/dictionary/model';
import { buildFormModel } from '../core/render/form-model';
import { renderFormHtml } from '../core/render/form-html';
import { RULE_IDS } from '../core/rules';
import { fileKindOf, Locale } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { readFileSafe } from '../fs/read';
import { configReader, discoverWorkspace, ignoresIn } from '../fs/workspace-files';
import { CLI_READ_LIMIT, expandArgs, repositoryOf, UsageError } from './files';
import { fsErrorText, tr } from './locale';
import { office } from './office-loader';

export const RENDER_FORMATS = ['html', 'docx', 'xlsx', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export const RENDER_HELP = `skj render PATHS… [--format html|docx|xlsx|pdf] [-o OUT] [--allow-errors] [--locale id|en] [--no-kamus]

Writes standards (*.skj.yaml) as the official FORM STANDAR KOMPETENSI JABATAN ASN
(Lampiran I 5.h): a printable HTML page, a Word document, an Excel sheet or a PDF (A4).
  skj render a.skj.yaml                      HTML to standard output
  skj render a.skj.yaml --format docx        a.docx beside the standard
  skj render --format docx examples -o out/  one document per standard, folders kept
  skj render --format xlsx examples -o all.xlsx   one workbook, one sheet per standard
A standard with errors is not exported (exit 1, the errors listed) unless --allow-errors is
given; its form then carries a note. Technical competencies are looked up in the *.kamus.yaml
files of the standard's repository (its git root, else the folder of the outermost
skj.config.yaml, else its own folder) unless --no-kamus.`;

type Io = { out(s: string): void; err(s: string): void; cwd: string };

/** Through the safe layer (a regular file, bounded); throws why not. */
export function readText(file: string): string {
  const r = readFileSafe(file, { limit: CLI_READ_LIMIT });
  if (!r.ok) throw Object.assign(new Error(r.message.replace(`${file}: `, '')), { code: r.reason === 'missing' ? 'ENOENT' : undefined });
  return r.text;
}

interface Workspace {
  root: string;
  configs: ConfigModel;
  kamus: KamusIndex;
}
const workspaces = new Map<string, Workspace>();

/**
 * The workspace a folder belongs to, as `skj check` and the editor see it: its repository (git
 * root, else the outermost skj.config.yaml's folder, else the folder), its configs and kamus files.
 */
export function workspaceOf(dir: string, locale: Locale = 'id'): Workspace {
  const root = repositoryOf(dir) ?? dir;
  let ws = workspaces.get(root);
  if (ws) return ws;
  const configs = new ConfigModel(configReader(), RULE_IDS, () => locale);
  const found = discoverWorkspace(root, { configs, ignoresIn: ignoresIn(configs), globRoots: [root], locale });
  const kamus = new KamusIndex();
  for (const f of found.kamus) {
    try {
      kamus.setText(pathToFileURL(f).href, readText(f));
    } catch {
      /* an unreadable kamus only costs its names */
    }
  }
  workspaces.set(root, (ws = { root, configs, kamus }));
  return ws;
}

export function kamusFor(dir: string): KamusIndex {
  return workspaceOf(dir).kamus;
}

export function dictionaryFor(index: KamusIndex | undefined): DictionaryLookup {
  return index && index.size ? new LayeredDictionary([builtinDictionary(), index]) : builtinDictionary();
}

function configFor(file: string): SkjConfig {
  const ws = workspaceOf(path.dirname(file));
  return ws.configs.configFor(file, ws.root).config;
}

export interface RenderOptions {
  inputs: string[];
  output?: string;
  format: RenderFormat;
  locale: Locale;
  useKamus: boolean;
  allowErrors: boolean;
}

/** Standards named on the command line: files, folders (walked) and globs. */
function standardsOf(inputs: string[], cwd: string, L: Locale): { files: string[]; base: string; batch: boolean } {
  if (inputs.length === 0) throw new UsageError(tr(L, 'render memerlukan standar: skj render BERKAS.skj.yaml [--format docx|xlsx|pdf] [-o KELUARAN]', 'render needs a standard: skj render FILE.skj.yaml [--format docx|xlsx|pdf] [-o OUT]'));
  let batch = inputs.length > 1;
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (fileKindOf(abs) === 'kamus') throw new UsageError(tr(L, `${input} adalah kamus; render menerima standar (*.skj.yaml)`, `${input} is a kamus file; render takes standards (*.skj.yaml)`));
    try {
      if (fs.statSync(abs).isDirectory()) batch = true;
    } catch {
      /* expandArgs says what is missing */
    }
  }
  const configs = new ConfigModel(configReader(), RULE_IDS);
  const expanded = expandArgs(inputs, cwd, ignoresIn(configs));
  if (expanded.unreadable.length) throw new UsageError(`${MSG[L].cannotRead} ${expanded.unreadable.map((u) => `${path.relative(cwd, u.file) || u.file}: ${fsErrorText(L, u.error)}`).join(', ')}`);
  const files = expanded.inputs.map((i) => i.file).filter((f) => fileKindOf(f) === 'skj');
  if (files.length === 0) throw new UsageError(tr(L, `tidak ada standar (*.skj.yaml) di ${inputs.join(' ')}`, `no standard (*.skj.yaml) in ${inputs.join(' ')}`));
  // Folders are kept below the common folder of the standards ("grouped by organisation structure").
  let base = path.dirname(files[0]);
  for (const f of files) while (!(f + path.sep).startsWith(base + path.sep) && path.dirname(base) !== base) base = path.dirname(base);
  return { files, base, batch };
}

/** The path as the user gave it: relative to cwd when they gave a relative one, else absolute. */
function shown(p: string, given: string | undefined, cwd: string): string {
  return given !== undefined && path.isAbsolute(given) ? p : path.relative(cwd, p) || p;
}

const MSG = {
  id: {
    refused: (f: string, n: number) => `skj: ${f} tidak diekspor: ${n} kesalahan (perbaiki dulu, atau pakai --allow-errors)\n`,
    noteTitle: 'Catatan: standar ini masih memuat kesalahan dan belum dapat diajukan',
    line: 'baris',
    batchNeedsOut: 'beberapa standar memerlukan -o FOLDER (atau -o BERKAS.xlsx untuk satu buku kerja)',
    notToStdout: (f: string) => `--format ${f} tidak dapat ditulis ke keluaran standar; beri -o BERKAS`,
    cannotRead: 'tidak dapat membaca',
    cannotWrite: 'tidak dapat menulis',
    wrote: (f: string) => `skj: menulis ${f}\n`,
    summary: (w: number, r: number) => `skj: ${w} dokumen ditulis${r ? `, ${r} standar ditolak karena kesalahan` : ''}\n`,
  },
  en: {
    refused: (f: string, n: number) => `skj: ${f} not exported: ${n} error(s) (fix them first, or use --allow-errors)\n`,
    noteTitle: 'Note: this standard still has errors and cannot be submitted yet',
    line: 'line',
    batchNeedsOut: 'several standards need -o FOLDER (or -o FILE.xlsx for one workbook)',
    notToStdout: (f: string) => `--format ${f} cannot be written to standard output; give -o FILE`,
    cannotRead: 'cannot read',
    cannotWrite: 'cannot write',
    wrote: (f: string) => `skj: wrote ${f}\n`,
    summary: (w: number, r: number) => `skj: ${w} document(s) written${r ? `, ${r} standard(s) refused for errors` : ''}\n`,
  },
};

/** `skj render`: 0 written, 1 a standard refused for its errors, 2 bad usage / unreadable. */
export async function renderCommand(o: RenderOptions, io: Io): Promise<number> {
  const m = MSG[o.locale];
  const { files, base, batch } = standardsOf(o.inputs, io.cwd, o.locale);
  const outAbs = o.output && o.output !== '-' ? path.resolve(io.cwd, o.output) : undefined;
  const oneWorkbook = o.format === 'xlsx' && !!outAbs && /\.xlsx$/i.test(outAbs);
  if (batch && !outAbs) throw new UsageError(m.batchNeedsOut);
  if (o.output === '-' && o.format !== 'html') throw new UsageError(m.notToStdout(o.format));

  let written = 0;
  let refused = 0;
  const sheets: { form: ReturnType<typeof buildFormModel>; opts: { notes?: string[]; notesTitle?: string } }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      io.err(`skj: ${m.cannotRead} ${path.relative(io.cwd, file) || file}: ${fsErrorText(o.locale, e)}\n`);
      return 2;
    }
    const rel = path.relative(io.cwd, file) || file;
    const kamus = o.useKamus ? kamusFor(path.dirname(file)) : undefined;
    const analysis = analyze(pathToFileURL(file).href, text, { config: configFor(file), kamus, locale: o.locale });
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    let notes: string[] | undefined;
    if (errors.length) {
      const lines = errors.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message} [${f.rule}]`);
      if (!o.allowErrors) {
        io.err(m.refused(rel, errors.length));
        for (const l of lines) io.err(`  ${rel}:${l}\n`);
        refused++;
        continue;
      }
      notes = lines.map((l) => `${m.line} ${l}`);
    }
    const dictionary = dictionaryFor(kamus);
    const stem = path.basename(file).replace(/\.skj\.ya?ml$/i, '');
    const target = outAbs
      ? batch && !oneWorkbook
        ? path.join(outAbs, path.relative(base, path.dirname(file)), `${stem}.${o.format}`)
        : outAbs
      : o.format === 'html'
        ? undefined
        : path.join(path.dirname(file), `${stem}.${o.format}`);
    let data: Buffer | string;
    if (o.format === 'html') data = renderFormHtml(text, { mode: 'print', locale: o.locale, dictionary, notes: notes && [m.noteTitle, ...notes] });
    else {
      const form = buildFormModel(text, dictionary);
      const opts = { notes, notesTitle: m.noteTitle };
      if (oneWorkbook) {
        sheets.push({ form, opts });
        continue;
      }
      const lib = office();
      data =
        o.format === 'docx' ? await lib.writeFormDocx(form, opts) : o.format === 'xlsx' ? await lib.writeFormXlsx([{ form, opts }]) : await lib.writeFormPdf(form, lib.pdfFonts(), opts);
    }
    if (!target) {
      io.out(data as string);
      written++;
      continue;
    }
    if (!write(target, data, io, o.output)) return 2;
    written++;
  }
  if (oneWorkbook && outAbs && sheets.length) {
    if (!write(outAbs, await office().writeFormXlsx(sheets), io, o.output)) return 2;
    written++;
  }
  if (batch) io.err(m.summary(written, refused));
  return refused ? 1 : 0;

  function write(target: string, data: Buffer | string, io: Io, given: string | undefined): boolean {
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, data);
    } catch (e) {
      io.err(`skj: ${m.cannotWrite} ${shown(target, given, io.cwd)}: ${fsErrorText(o.locale, e)}\n`);
      return false;
    }
    io.err(m.wrote(shown(target, given, io.cwd)));
    return true;
  }
}
