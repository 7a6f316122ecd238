/** Small statistics helpers for the benchmark. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  p50?: number;
  p95?: number;
  n: number;
}

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest-rank.
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarize(xs: number[], percentiles = false): Summary {
  const out: Summary = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
  if (percentiles) {
    out.p50 = quantile(xs, 0.5);
    out.p95 = quantile(xs, 0.95);
  }
  return out;
}

export function fmtMs(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}

export function fmtNum(x: number | undefined, digits = 0): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtBytes(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  if (x >= 1024 * 1024) return `${(x / 1024 / 1024).toFixed(1)} MB`;
  if (x >= 1024) return `${(x / 1024).toFixed(1)} KB`;
  return `${x} B`;
}
