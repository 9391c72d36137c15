// docs/bundle.schema.json is generated from the zod schemas: it must not drift from them, and it must
// accept the bundles the app writes and refuse broken ones, as an outside tool would read it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchemaText, newSigningKey, readBundle, serialiseBundle } from '../../../../shared';
import { readBundleFixture, TEAM_BUNDLE } from '../../../fixtures/bundles/corpus';
import { ann, bundleOf, claimOn, documentOf, evidenceFor, sourceOf } from './records';

const PUBLISHED = resolve(import.meta.dirname, '../../../../docs/bundle.schema.json');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object);
}

describe('the published JSON Schema of the bundle', () => {
  it('is exactly what the zod schemas generate (run `node scripts/generate-bundle-schema.mjs` after changing them)', () => {
    expect(readFileSync(PUBLISHED, 'utf8')).toBe(bundleJsonSchemaText());
  });

  it('accepts a bundle the app writes, and the team bundle with a conflict and an orphan', () => {
    const validate = validator();
    const document = documentOf(undefined, 'doc-1');
    const claim = claimOn(document, 'exports doubled in 2023');
    const source = sourceOf();
    const bundle = bundleOf(
      { documents: [document], claims: [claim], sources: [source], evidence: [evidenceFor(claim, source)] },
      { ...ann, writerId: `${ann.id}@0a1b2c3d` },
    );
    const written = JSON.parse(serialiseBundle(bundle, newSigningKey())) as Record<string, unknown>;
    expect(written['writer']).toBe(`${ann.id}@0a1b2c3d`);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    // Version 4 adds header fields only: the version 3 fixture, numbered 4, is a file of today's format.
    const team = JSON.parse(readBundleFixture(TEAM_BUNDLE).replace('"version": 3,', '"version": 4,')) as unknown;
    expect(readBundle(readBundleFixture(TEAM_BUNDLE)).ok).toBe(true);
    expect(validate(team), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [
      'a conflicting value of the wrong type',
      'conflict-value-wrong-type.factcheck.json',
      '/claims/0/sync/concurrent/verdict/1/value',
    ],
    ['the library-only origin', 'origin-in-file.factcheck.json', '/claims/0'],
  ])('refuses %s, as the app does', (_what, file, path) => {
    const validate = validator();
    expect(validate(JSON.parse(readBundleFixture(file)) as unknown)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(path);
  });
});
