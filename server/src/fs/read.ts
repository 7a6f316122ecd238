/**
 * The one way the server and the CLI read a file from disk (config, kamus, standards, the form
 * preview): a regular file only (no FIFO, device, socket or folder), optionally inside given
 * folders after resolving symlinks, and never more than `limit + 1` bytes read. `/dev/zero`, a
 * FIFO or a 3 GB file answer at once with a reason instead of hanging or filling memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ReadRefusal = 'missing' | 'not-file' | 'outside' | 'too-large' | 'unreadable';

export type ReadResult = { ok: true; bytes: Buffer; text: string; real: string } | { ok: false; reason: ReadRefusal; message: string; size?: number };

export interface ReadOptions {
  /** Bytes; a larger file is refused ('too-large') after reading at most limit + 1 bytes. */
  limit: number;
  /** When given, the file's real path (symlinks resolved) must lie inside one of these (real) folders. */
  roots?: readonly string[];
}

/** True when `real` equals a root or lies below it (all paths already real). */
export function insideRoots(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

/** The real path of `file`, or undefined when it does not resolve. */
export function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return undefined;
  }
}

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** Reads `file` as UTF-8 text (BOM removed) under the rules above. Never throws, never blocks on a FIFO. */
export function readFileSafe(file: string, opts: ReadOptions): ReadResult {
  const real = realPath(file);
  if (real === undefined) {
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(file);
    } catch {
      /* missing */
    }
    return st ? refuse('unreadable', `${file}: symbolic link that leads nowhere`) : refuse('missing', `${file}: no such file`);
  }
  if (opts.roots && !insideRoots(real, opts.roots)) return refuse('outside', `${file}: lies outside the workspace folders (${real})`);
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading returns at once instead of waiting for a writer.
    fd = fs.openSync(real, fs.constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'missing' : 'unreadable', `${file}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((e as Error).message ?? code)}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return refuse('not-file', `${file}: ${kindOf(st)}, not a regular file`);
    if (st.size > opts.limit) return { ok: false, reason: 'too-large', message: `${file}: ${st.size} bytes > ${opts.limit}`, size: st.size };
    // Read at most limit + 1 bytes whatever the size claims (files that grow, /proc files of size 0).
    const cap = opts.limit + 1;
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(st.size + 1, 4096)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (buf.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      let got: number;
      try {
        got = fs.readSync(fd, buf, n, buf.length - n, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw e;
      }
      if (got === 0) break;
      n += got;
    }
    if (n > opts.limit) return { ok: false, reason: 'too-large', message: `${file}: more than ${opts.limit} bytes`, size: n };
    const bytes = buf.subarray(0, n);
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors hide the BOM; positions follow them
    return { ok: true, bytes, text, real };
  } catch (e) {
    return refuse('unreadable', `${file}: ${(e as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

function refuse(reason: ReadRefusal, message: string): ReadResult {
  return { ok: false, reason, message };
}

/** A refusal in the analyst's words (id / en), for findings and log lines. */
export function refusalText(r: Extract<ReadResult, { ok: false }>, limit: number, en: boolean): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n >= 1024 * 1024 ? 0 : 1)} MB`;
  switch (r.reason) {
    case 'outside':
      return en ? 'The file is a link to a place outside the workspace folder; it was not read.' : 'Berkas ini tautan ke tempat di luar folder kerja; berkas tidak dibaca.';
    case 'not-file':
      return en ? 'This is not an ordinary file (a pipe, device or folder); it was not read.' : 'Ini bukan berkas biasa (pipa, perangkat, atau folder); berkas tidak dibaca.';
    case 'too-large':
      return en ? `The file is too large (${r.size ? mb(r.size) : '?'} > ${mb(limit)}); it was not read.` : `Berkas terlalu besar (${r.size ? mb(r.size) : '?'} > ${mb(limit)}); berkas tidak dibaca.`;
    case 'missing':
      return en ? 'The file does not exist.' : 'Berkas tidak ada.';
    default:
      return en ? `The file cannot be read (${r.message}).` : `Berkas tidak dapat dibaca (${r.message}).`;
  }
}
