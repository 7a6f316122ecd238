import { TIERS, Tier } from '../../server/src/core/domain/tiers';

/** The tier (jenjang) of a standard's text: the first `jenjang:` whose value is a tier name. */
export function tierOfText(text: string): Tier | undefined {
  const re = /^[ \t]+jenjang[ \t]*:[ \t]*["']?([a-z-]+)["']?[ \t]*(?:#.*)?$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = TIERS.find((x) => x.jenjang === m![1]);
    if (t) return t;
  }
  return undefined;
}

/** The managerial / SK.01 level the tier expects, honouring `skj.tierLevels` overrides. */
export function expectedLevelOf(tier: Tier, overrides: Record<string, unknown> | undefined): number {
  const v = overrides?.[tier.jenjang];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : tier.level;
}
