// readBundle refuses every malformed file of the corpus with the expected JSON path and message, and never throws.
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, MAX_DEPTH, readBundle, serialiseBundle } from '../../../../shared';
import { MALFORMED_BUNDLES, readBundleFixture, VALID_BUNDLE } from '../../../fixtures/bundles/corpus';
import { bundleOf, claimOn, documentOf } from './records';

describe('readBundle on the bundle corpus', () => {
  it('accepts the valid bundle', () => {
    const result = readBundle(readBundleFixture(VALID_BUNDLE));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bundle.documents.map((document) => document.id)).toEqual(['doc-exports']);
      expect(result.bundle.claims.map((claim) => claim.id)).toEqual(['claim-1-exports', 'claim-2-deleted']);
    }
  });

  it.each(MALFORMED_BUNDLES)('refuses $name ($file)', ({ file, problems }) => {
    const result = readBundle(readBundleFixture(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(problems.map((problem) => problem.path));
    result.problems.forEach((problem, index) => {
      const expected = problems[index]?.message;
      if (typeof expected === 'string') expect(problem.message).toBe(expected);
      else expect(problem.message).toMatch(expected as RegExp);
    });
  });
});

describe('readBundle on other input', () => {
  it.each([
    { what: 'white space only', text: ' \n\t ', path: '$', message: 'the file is empty' },
    {
      what: 'a JSON string',
      text: '"factcheck-bundle"',
      path: '$',
      message: 'expected a Factcheck Desk bundle (a JSON object)',
    },
    { what: 'JSON null', text: 'null', path: '$', message: 'expected a Factcheck Desk bundle (a JSON object)' },
    {
      what: 'an object without a format',
      text: '{"version": 1}',
      path: '$.format',
      message: 'expected "factcheck-bundle": this is not a Factcheck Desk bundle',
    },
    {
      what: 'a constructor key at the top',
      text: '{"constructor": {"prototype": {}}}',
      path: '$',
      message: 'the key "constructor" is refused',
    },
  ])('refuses $what', ({ text, path, message }) => {
    expect(readBundle(text)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it('refuses a version given as a string, pointing at the version', () => {
    const text = readBundleFixture(VALID_BUNDLE).replace('"version": 2,', '"version": "2",');
    expect(readBundle(text)).toEqual({ ok: false, problems: [{ path: '$.version', message: 'expected 4' }] });
  });

  it('refuses a file over the size cap before parsing it', () => {
    expect(readBundle('{}', MAX_BUNDLE_BYTES + 1)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'the file is 200.0 MB; bundles of up to 200 MB are read' }],
    });
  });

  it(`accepts nesting up to ${MAX_DEPTH} levels and refuses one more`, () => {
    const bundle = JSON.parse(serialiseBundle(bundleOf({}))) as Record<string, unknown>;
    const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : [nested(depth - 1)]);
    // The extra field sits one level below the root, so the innermost array is at depth `levels`.
    const atDepth = (levels: number) => JSON.stringify({ ...bundle, extra: nested(levels) });
    const allowed = readBundle(atDepth(MAX_DEPTH - 1));
    expect(allowed.ok ? [] : allowed.problems).toEqual([{ path: '$', message: 'unknown field "extra"' }]);
    const refused = readBundle(atDepth(MAX_DEPTH));
    expect(refused.ok ? [] : refused.problems).toEqual([
      { path: `$.extra${'[0]'.repeat(MAX_DEPTH - 1)}`, message: `nesting deeper than ${MAX_DEPTH} levels is refused` },
    ]);
  });

  it('lists every claim whose range lies outside its document text', () => {
    const document = documentOf(undefined, 'doc-1');
    const claim = claimOn(document, 'Critics');
    const bundle = bundleOf({
      documents: [document],
      claims: [{ ...claim, target: { ...claim.target, start: 5000, end: 5007 } }],
    });
    expect(readBundle(serialiseBundle(bundle))).toEqual({
      ok: false,
      problems: [{ path: '$.claims[0].target', message: 'the range 5000-5007 is outside the document text' }],
    });
  });

  it('refuses a verdict on a step the scale does not have, naming the scale', () => {
    const document = documentOf(undefined, 'doc-1');
    const claim = claimOn(document, 'Critics', { verdict: { scaleId: 'scale-truth-6', stepId: 'maybe' } });
    expect(readBundle(serialiseBundle(bundleOf({ documents: [document], claims: [claim] })))).toEqual({
      ok: false,
      problems: [
        { path: '$.claims[0].verdict.stepId', message: 'the scale "Six-step truth scale" has no step "maybe"' },
      ],
    });
  });

  it('does not throw on any prefix of a valid file', () => {
    const text = readBundleFixture(VALID_BUNDLE);
    for (let length = 0; length < text.length; length += 97) {
      expect(() => readBundle(text.slice(0, length))).not.toThrow();
    }
  });
});
