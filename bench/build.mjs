// Bundles the benchmark (bench/run.ts and the core it measures in-process) into out/bench/run.js.
// esbuild, like the product build: no type-check step, so unrelated work in progress elsewhere in
// the repository cannot stop a benchmark run. Packages stay external (the same `yaml` the core uses).
import * as esbuild from 'esbuild';
import { yamlWithoutEnvLogging } from '../scripts/esbuild-yaml-plugin.mjs';

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

// The profiling driver bundles `yaml` the way the product does (esbuild.mjs): without its per-token
// process.env reads, so the profile shows what the shipped server spends its time on.
await esbuild.build({ ...common, packages: undefined, plugins: [yamlWithoutEnvLogging], entryPoints: { profile: 'bench/profile.ts' }, outdir: 'out/bench' });
