/**
 * Whether to colour the output: --color / --no-color, else FORCE_COLOR (any value but 0/false
 * turns it on, as Node and chalk read it), else NO_COLOR (no-color.org) or TERM=dumb turn it off,
 * else colour when the output is a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !/^(0|false)$/i.test(force);
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
