import * as path from 'node:path';

type PathApi = typeof path.posix;

/** Each segment percent-encoded as a URI path segment (RFC 3986), '/' between them. */
function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())).join('/');
}

/**
 * The file: URI of an absolute path, for POSIX or Windows paths alike (`p` = path.win32 to
 * test the Windows form): `file:///C:/Users/ana/x.skj.yaml` (the drive letter's colon kept, not
 * `file://C%3A/`), `file://server/share/x` for UNC paths, `file:///home/ana/x` on POSIX.
 */
export function fileUri(file: string, p: PathApi = path): string {
  const abs = p.resolve(file);
  if (p.sep === '\\') {
    const fwd = abs.replace(/\\/g, '/');
    const unc = /^\/\/([^/]+)\/(.*)$/.exec(fwd);
    if (unc) return `file://${unc[1].toLowerCase()}/${encodeSegments(unc[2].split('/'))}`;
    const drive = /^([A-Za-z]):\/?(.*)$/.exec(fwd);
    if (drive) return `file:///${drive[1].toUpperCase()}:/${encodeSegments(drive[2].split('/'))}`;
    return `file://${encodeSegments(fwd.split('/'))}`;
  }
  return `file://${encodeSegments(abs.split('/'))}`;
}

/** The path of `file` relative to `root`, '/'-separated; undefined when it is outside `root`. */
export function relativeTo(root: string, file: string, p: PathApi = path): string | undefined {
  const rel = p.relative(root, file);
  if (!rel || rel.startsWith('..') || p.isAbsolute(rel)) return rel === '' ? '' : undefined;
  return rel.split(p.sep).join('/');
}

/** `file` relative to `root` as a relative URI reference (for uriBaseId %SRCROOT%), or undefined. */
export function relativeUri(root: string, file: string, p: PathApi = path): string | undefined {
  const rel = relativeTo(root, file, p);
  return rel === undefined ? undefined : encodeSegments(rel.split('/'));
}

/** For messages and annotations: relative to the root when inside it, else the path as given. */
export function repoRelativePath(root: string, file: string): string {
  return relativeTo(root, file) ?? file;
}
