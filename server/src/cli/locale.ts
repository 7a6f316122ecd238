import { readTextSafe } from './read-text';
import { parseDocument } from 'yaml';
import type { Locale } from '../core/types';

/** `tr(locale, indonesian, english)`: the CLI's words in the chosen language. */
export function tr(locale: Locale, id: string, en: string): string {
  return locale === 'en' ? en : id;
}

/** "1 file", "7 files" in English; Indonesian nouns do not change ("7 berkas"). */
export function count(locale: Locale, n: number, id: string, en: string, enPlural = en + 's'): string {
  return locale === 'en' ? `${n} ${n === 1 ? en : enPlural}` : `${n} ${id}`;
}

/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG (POSIX order); else undefined. */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (!v) continue;
    if (/^en([_.@-]|$)/i.test(v)) return 'en';
    if (/^(id|in)([_.@-]|$)/i.test(v)) return 'id';
    return undefined; // set to another language (or C): the default
  }
  return undefined;
}

/** The `locale:` a config file sets explicitly, if any (a missing key is not a choice). */
export function configLocale(configPath: string | undefined): Locale | undefined {
  if (!configPath) return undefined;
  try {
    const text = readTextSafe(configPath, 1 << 20);
    if (text === undefined) return undefined;
    const v = parseDocument(text).get('locale');
    return v === 'id' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Scans raw arguments for `--locale X` / `--locale=X` (before they are parsed, for usage errors). */
export function localeArg(argv: string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (v === 'id' || v === 'en') return v;
  }
  return undefined;
}

/** Node's file-system errors in the analyst's words (never Node's English text in Indonesian output). */
export function fsErrorText(locale: Locale, e: unknown): string {
  // The safe reader's reasons (server/src/fs/read.ts) come as English text.
  if (typeof e === 'string') {
    let m: RegExpExecArray | null;
    if (e === 'no such file') return tr(locale, 'berkas tidak ada', 'no such file');
    if (e === 'permission denied') return tr(locale, 'tidak ada izin', 'permission denied');
    if ((m = /^(\d+) bytes > (\d+)$/.exec(e))) return tr(locale, `berkas terlalu besar (${m[1]} byte, batas ${m[2]})`, `file too large (${m[1]} bytes, limit ${m[2]})`);
    if (e === 'too many files or folders nested too deep; check a smaller folder') return tr(locale, 'terlalu banyak berkas atau folder yang bersarang terlalu dalam; periksa folder yang lebih kecil', e);
    if (e === 'symbolic link that leads nowhere') return tr(locale, 'tautan simbolik yang tidak menuju ke berkas mana pun', e);
    if ((m = /^(.*), not a regular file$/.exec(e))) {
      const kind: Record<string, string> = { 'a folder': 'sebuah folder', 'a named pipe (FIFO)': 'pipa bernama (FIFO)', 'a device': 'sebuah perangkat', 'a socket': 'sebuah soket' };
      return tr(locale, `${kind[m[1]] ?? 'bukan berkas'}, bukan berkas biasa`, e);
    }
    if ((m = /^(E[A-Z]+)\b/.exec(e)) && locale === 'id') return fsErrorText(locale, m[1]);
    if ((m = /^more than (\d+) bytes$/.exec(e))) return tr(locale, `berkas terlalu besar (lebih dari ${m[1]} byte)`, e);
  }
  const code = typeof e === 'string' ? (/^E[A-Z]+$/.test(e) ? e : undefined) : (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return tr(locale, 'berkas atau folder tidak ada', 'no such file or folder');
    case 'EACCES':
    case 'EPERM':
      return tr(locale, 'tidak ada izin', 'permission denied');
    case 'EISDIR':
      return tr(locale, 'ini sebuah folder', 'it is a folder');
    case 'ENOTDIR':
      return tr(locale, 'bagian jalurnya bukan folder', 'a part of the path is not a folder');
    case 'ENOSPC':
      return tr(locale, 'disk penuh', 'the disk is full');
    case 'EROFS':
      return tr(locale, 'sistem berkas hanya-baca', 'read-only file system');
    default:
      if (code) return tr(locale, `kesalahan sistem (${code})`, `system error (${code})`);
      return locale === 'en' ? (typeof e === 'string' ? e : ((e as Error)?.message ?? String(e))) : 'kesalahan sistem';
  }
}

/**
 * The file walker's usage errors (files.ts words them in English) in the user's language; a
 * message of another shape is returned as it is.
 */
export function localizeUsage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  let m: RegExpExecArray | null;
  if ((m = /^cannot read (.+): no such file or folder$/.exec(message))) return `tidak dapat membaca ${m[1]}: berkas atau folder tidak ada`;
  if ((m = /^no file matches (.+)$/.exec(message))) return `tidak ada berkas yang cocok dengan ${m[1]}`;
  if ((m = /^no \*\.skj\.yaml or \*\.kamus\.yaml file under (.+)$/.exec(message))) return `tidak ada berkas *.skj.yaml atau *.kamus.yaml di ${m[1]}`;
  if ((m = /^cannot read (.+?): (.+)$/.exec(message))) return `tidak dapat membaca ${m[1]}: ${fsErrorText(locale, m[2])}`;
  return message;
}
