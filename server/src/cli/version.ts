declare const SKJ_VERSION: string | undefined;

/** The package version (esbuild defines SKJ_VERSION from package.json). */
export const VERSION = typeof SKJ_VERSION === 'string' ? SKJ_VERSION : '0.0.0-dev';
