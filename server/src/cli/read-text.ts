import { readFileSafe } from '../fs/read';
import { CLI_READ_LIMIT } from './files';

/**
 * A file's text (without a BOM) through the safe reader — a regular file, bounded, so a config
 * linked to /dev/zero or a FIFO answers at once — or undefined when it cannot be read.
 */
export function readTextSafe(file: string, limit = CLI_READ_LIMIT): string | undefined {
  const r = readFileSafe(file, { limit });
  return r.ok ? r.text : undefined;
}

/** Whether the file starts with a UTF-8 BOM (kept when --fix rewrites it). */
export function hasBom(file: string): boolean {
  const r = readFileSafe(file, { limit: CLI_READ_LIMIT });
  return r.ok && r.bytes[0] === 0xef && r.bytes[1] === 0xbb && r.bytes[2] === 0xbf;
}
