import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (the folder with package.json), found from this compiled file's folder. */
export function repoRoot(): string {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json'))) {
    const up = path.dirname(d);
    if (up === d) throw new Error('repository root not found');
    d = up;
  }
  return d;
}

/** ../shared beside the repository, when present (tests may read it; the product never does). */
export function sharedDir(): string | undefined {
  const p = path.resolve(repoRoot(), '..', 'shared');
  return fs.existsSync(p) ? p : undefined;
}

/** Text with a cursor marker `‸` → the text without it and the marker's LSP position. */
export function cursor(textWithMarker: string, marker = '‸'): { text: string; line: number; character: number } {
  const i = textWithMarker.indexOf(marker);
  if (i < 0) throw new Error('no cursor marker');
  const before = textWithMarker.slice(0, i);
  const lines = before.split(/\r\n|\r|\n/);
  return { text: textWithMarker.slice(0, i) + textWithMarker.slice(i + marker.length), line: lines.length - 1, character: lines[lines.length - 1].length };
}
