/**
 * Temporary workspaces of many standards and a few kamus files, built from the repository's
 * examples (for the workspace-diagnostics protocol tests and the benchmark).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './paths';

const example = (name: string) => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');

/** The kamus codes of the workspace: kamus file i defines CODES[i]. */
export const CODES = ['KT.TIK.03', 'KT.B.01', 'KT.C.01'];

/** A kamus defining `code` (the example kamus with its code replaced). */
export function kamusText(code: string): string {
  return example('diskominfo.kamus.yaml').replace(/KT\.TIK\.03/g, code);
}

/** A standard using `code` as its technical competency. */
export function standardText(code: string, n: number): string {
  return example('pranata-komputer-ahli-pertama.skj.yaml')
    .replace(/KT\.TIK\.03/g, code)
    .replace(/(nama_jabatan|nama): Pranata Komputer Ahli Pertama/, `$1: Pranata Komputer Ahli Pertama ${n}`);
}

/**
 * `dir/kamus/k{0,1,2}.kamus.yaml` and `dir/std/sNNNN.skj.yaml` (standard i uses CODES[i % 3]).
 * Returns the standards' paths.
 */
export function writeWorkspace(dir: string, standards: number): string[] {
  fs.mkdirSync(path.join(dir, 'kamus'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'std'), { recursive: true });
  CODES.forEach((c, i) => fs.writeFileSync(path.join(dir, 'kamus', `k${i}.kamus.yaml`), kamusText(c)));
  const out: string[] = [];
  for (let i = 0; i < standards; i++) {
    const p = path.join(dir, 'std', `s${String(i).padStart(4, '0')}.skj.yaml`);
    fs.writeFileSync(p, standardText(CODES[i % 3], i));
    out.push(p);
  }
  return out;
}

export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}
