// esbuild plugin shared by the product build (esbuild.mjs) and the benchmark's profile build.
// The `yaml` package reads process.env.LOG_TOKENS / LOG_STREAM once per token (a debugging aid).
// process.env is a slow native getter: ~30% of parse time (see BENCHMARKS.md). Compile it out.
import { readFile } from 'node:fs/promises';

export const yamlWithoutEnvLogging = {
  name: 'yaml-without-env-logging',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false'),
      loader: 'js',
    }));
  },
};
