// server/src/core/schema/validators.generated.ts is ajv's standalone code for the schemas: it must
// be what scripts/gen-schema-validators.mjs makes of the current schemas/ and ajv.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths';

describe('precompiled schema validators', () => {
  it('validators.generated.ts is current (else run `node scripts/gen-schema-validators.mjs`)', async function () {
    this.timeout(20000);
    const gen = (await import(pathToFileURL(path.join(repoRoot(), 'scripts', 'gen-schema-validators.mjs')).href)) as {
      schemaValidatorsSource(): string;
      GENERATED: string;
    };
    assert.ok(gen.schemaValidatorsSource() === fs.readFileSync(gen.GENERATED, 'utf8'), 'stale: run `node scripts/gen-schema-validators.mjs`');
  });
});
