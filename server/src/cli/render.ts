import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinDictionary } from '../core/dictionary/builtin';
import { LayeredDictionary } from '../core/dictionary/model';
import { renderFormHtml } from '../core/render/form-html';
import { fileKindOf } from '../core/types';
import { KamusIndex } from '../core/workspace/kamus-index';
import { ConfigModel } from '../core/config/resolve';
import { RULE_IDS } from '../core/rules';
import { readFileSafe } from '../fs/read';
import { configReader, discoverWorkspace, ignoresIn } from '../fs/workspace-files';
import { CLI_READ_LIMIT, repositoryOf, UsageError } from './files';

export const RENDER_HELP = `skj render FILE [-o OUT.html] [--locale id|en] [--no-kamus]

Writes the standard FILE (*.skj.yaml) as the official FORM STANDAR KOMPETENSI JABATAN ASN,
a standalone printable HTML page, to OUT.html or to standard output. Technical competencies
are looked up in the *.kamus.yaml files of the standard's repository (its git root, else the
folder of the outermost skj.config.yaml, else its own folder) unless --no-kamus is given.`;

/** Through the safe layer (a regular file, bounded); throws why not. */
function readText(file: string): string {
  const r = readFileSafe(file, { limit: CLI_READ_LIMIT });
  if (!r.ok) throw Object.assign(new Error(r.message.replace(`${file}: `, '')), { code: r.reason === 'missing' ? 'ENOENT' : undefined });
  return r.text;
}

/** `skj render FILE [-o OUT.html]`: returns the exit code (0 written, 2 bad usage / unreadable). */
export function renderCommand(args: string[], io: { out(s: string): void; err(s: string): void; cwd: string }): number {
  let input: string | undefined;
  let output: string | undefined;
  let locale: 'id' | 'en' = 'id';
  let useKamus = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined || v === '') throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') {
      io.out(RENDER_HELP + '\n');
      return 0;
    } else if (a === '-o' || a.startsWith('--output') || a.startsWith('-o=')) output = value();
    else if (a.startsWith('--locale')) {
      const v = value();
      if (v !== 'id' && v !== 'en') throw new UsageError(`--locale must be id or en, not ${v}`);
      locale = v;
    } else if (a === '--no-kamus') useKamus = false;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new UsageError(`render takes one file, got also ${a}`);
  }
  if (input === undefined) throw new UsageError('render needs a file: skj render FILE [-o OUT.html]');
  const abs = path.resolve(io.cwd, input);
  let text: string;
  try {
    if (fs.statSync(abs).isDirectory()) throw new UsageError(`${input} is a folder; render takes one *.skj.yaml file`);
    text = readText(abs);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (fileKindOf(abs) === 'kamus') throw new UsageError(`${input} is a kamus file; render takes a standard (*.skj.yaml)`);

  let dictionary;
  if (useKamus) {
    // The kamus files `skj check` and the editor would use: those of the standard's repository.
    const root = repositoryOf(path.dirname(abs)) ?? path.dirname(abs);
    const configs = new ConfigModel(configReader(), RULE_IDS, () => locale);
    const ws = discoverWorkspace(root, { configs, ignoresIn: ignoresIn(configs), globRoots: [root], locale });
    const index = new KamusIndex();
    for (const f of ws.kamus) {
      try {
        index.setText(pathToFileURL(f).href, readText(f));
      } catch {
        /* an unreadable kamus only costs its names */
      }
    }
    if (index.size) dictionary = new LayeredDictionary([builtinDictionary(), index]);
  }

  const html = renderFormHtml(text, { mode: 'print', locale, title: undefined, dictionary });
  if (output && output !== '-') {
    const outAbs = path.resolve(io.cwd, output);
    try {
      fs.writeFileSync(outAbs, html, 'utf8');
    } catch (e) {
      io.err(`skj: cannot write ${output}: ${(e as Error).message}\n`);
      return 2;
    }
    io.err(`skj: wrote ${path.relative(io.cwd, outAbs) || outAbs}\n`);
  } else io.out(html);
  return 0;
}
