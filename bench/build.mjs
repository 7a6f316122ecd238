// Bundles the benchmark (bench/run.ts and the core it measures in-process) into out/bench/run.js.
// esbuild, like the product build: no type-check step, so unrelated work in progress elsewhere in
// the repository cannot stop a benchmark run. Packages stay external (the same `yaml` the core uses).
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: { run: 'bench/run.ts', probe: 'bench/probe.ts', 'cpuprofile-top': 'bench/cpuprofile-top.ts' },
  outdir: 'out/bench',
});
