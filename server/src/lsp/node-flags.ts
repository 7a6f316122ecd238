import flags from './node-flags.json';

/**
 * Node/V8 options the language server runs with, wherever it is started: the VS Code client
 * (execArgv), the `skj-language-server` bin (its hashbang, which esbuild.mjs writes from the same
 * node-flags.json) and the bench.
 *
 * --max-semi-space-size=4: V8's young generation may grow to 2 × 16 MB and never shrinks back
 * while the process lives; a language server's garbage is short-lived and small per request, so
 * 4 MB semi-spaces cost no measurable latency (bench: keystroke and kamus paths unchanged) and
 * keep ~25–40 MB off the resident size after a burst such as opening a whole workspace.
 */
export const SERVER_NODE_FLAGS: string[] = flags;
