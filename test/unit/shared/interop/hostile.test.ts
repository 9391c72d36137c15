// Hostile notes and URLs in every field come out inert in every export format: no script, no non-http(s) link, no live formula.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createBundle, type Bundle, type VerdictScale } from '../../../../shared';
import {
  documentView,
  exportFormats,
  renderExport,
  type ExportFormat,
  type Organisation,
} from '../../../../shared/interop';
import { ANALYST, HOSTILE_TEXT, NOW, sampleBundle, sampleRecords } from '../../../fixtures/w3c/sample-bundle';

const SCRIPT = '<script>alert("x")</script>';

/** The sample with attacker-chosen values in every text and URL field, as if the schema had been bypassed. */
function hostileBundle(): Bundle {
  const { document, claims, sources, evidence } = sampleRecords();
  const scale: VerdictScale = {
    id: 'scale-hostile',
    name: SCRIPT,
    bestValue: 2,
    worstValue: 1,
    steps: [
      {
        id: 'bad',
        label: `<b onmouseover="alert(1)">False</b>${SCRIPT}`,
        color: 'red; } body { display: none',
        value: 1,
      },
      { id: 'ok', label: '=1+1', color: '#00ff00', value: 2 },
    ],
  };
  const hostileDocument = {
    ...document,
    title: `</title>${SCRIPT}`,
    url: 'javascript:alert(1)',
    outlet: '<img src=x onerror=alert(2)>',
    author: SCRIPT,
    language: '"><script>alert(3)</script>',
    scaleId: scale.id,
  };
  const hostileClaims = claims.map((claim, index) => ({
    ...claim,
    text: `${index % 2 === 0 ? '=' : '@'}cmd|' /C calc'!A0 ${SCRIPT}`,
    claimant: `-${SCRIPT}`,
    appearanceUrl: 'javascript:alert(4)',
    claimDate: claim.claimDate,
    verdict: { scaleId: scale.id, stepId: index % 2 === 0 ? 'bad' : 'ok' },
    tags: [SCRIPT, '+tag'],
    rationale: {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [
            {
              type: 'text' as const,
              text: HOSTILE_TEXT,
              marks: [{ type: 'link' as const, attrs: { href: 'javascript:alert(5)' } }],
            },
          ],
        },
      ],
    },
  }));
  const hostileSources = sources.map((source) => ({
    ...source,
    url: 'javascript:alert(6)',
    archiveUrl: 'data:text/html,<script>alert(7)</script>',
    title: SCRIPT,
    publisher: '<iframe src="javascript:alert(8)">',
  }));
  const hostileEvidence = evidence.map((link) => ({ ...link, quote: `</blockquote>${SCRIPT}`, note: HOSTILE_TEXT }));
  return createBundle(
    {
      documents: [hostileDocument],
      claims: hostileClaims,
      sources: hostileSources,
      evidence: hostileEvidence,
      scales: [scale],
    },
    { ...ANALYST, name: SCRIPT },
    NOW,
  );
}

const organisation: Organisation = {
  name: SCRIPT,
  url: 'javascript:alert(9)',
  logoUrl: 'data:image/svg+xml,<svg onload=alert(10)>',
  factCheckBaseUrl: 'vbscript:msgbox(11)',
};
const view = documentView(hostileBundle());
const files = Object.fromEntries(
  exportFormats.map((format) => [
    format,
    renderExport(format, view, { organisation, by: { ...ANALYST, name: SCRIPT }, now: NOW }).content,
  ]),
) as Record<ExportFormat, string>;

/** Every string value under a key that holds a link in JSON-LD. */
function linkValues(value: unknown, keys: ReadonlySet<string>, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => linkValues(item, keys, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (keys.has(key) && typeof child === 'string') found.push(child);
      linkValues(child, keys, found);
    }
  }
  return found;
}

/** Every `value` of a TextualBody in `format` text/html. */
function htmlBodies(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => htmlBodies(item, found));
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node['format'] === 'text/html' && typeof node['value'] === 'string') found.push(node['value']);
    Object.values(node).forEach((child) => htmlBodies(child, found));
  }
  return found;
}

describe('hostile text and URLs in every field', () => {
  it('leave the W3C rationale HTML with only the subset’s tags, no attribute but an http(s) href, and the text as text', () => {
    const bodies = htmlBodies(JSON.parse(files.w3c));
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    for (const html of bodies) {
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      for (const element of document.body.querySelectorAll('*')) {
        expect(['P', 'BR', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A']).toContain(element.tagName);
        for (const attribute of element.getAttributeNames()) {
          expect(['href', 'rel', 'start']).toContain(attribute);
          if (attribute === 'href') expect(element.getAttribute('href')).toMatch(/^https?:\/\//);
        }
      }
      // The hostile rationale's link was javascript:, so it is dropped and its words stay words.
      expect(document.body.textContent).toContain(HOSTILE_TEXT);
    }
  });

  it('leave the W3C claimant and notes as plain-text JSON strings, the note pointers as urn:uuid ids, and drop evidence whose source is not http(s)', () => {
    type Item = Record<string, unknown> & { body?: Array<Record<string, unknown>> };
    const hostile = JSON.parse(files.w3c) as { first: { items: Item[] } };
    expect(hostile.first.items.map((item) => item['fcd:claimant']).every((claimant) => claimant === `-${SCRIPT}`)).toBe(
      true,
    );
    // Every source here is javascript:, so no evidence (and so no note) is written.
    expect(
      hostile.first.items
        .flatMap((item) => item.body ?? [])
        .filter((body) => body['type'] === 'SpecificResource' || 'fcd:noteOn' in body),
    ).toEqual([]);
    // The sample's hostile note sits on an http(s) source: it is written as plain text, pointing at its evidence.
    const sample = JSON.parse(renderExport('w3c', documentView(sampleBundle()), { now: NOW }).content) as {
      first: { items: Item[] };
    };
    const bodies = sample.first.items.flatMap((item) => item.body ?? []);
    const note = bodies.find((body) => body['value'] === HOSTILE_TEXT && 'fcd:noteOn' in body);
    expect(note).toMatchObject({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain' });
    expect(bodies.find((body) => body['id'] === note?.['fcd:noteOn'])).toMatchObject({
      type: 'SpecificResource',
      'fcd:stance': 'supports',
    });
  });

  it('leave the W3C export with http(s) and urn:uuid identifiers only, and no markup a page would run', () => {
    const links = linkValues(JSON.parse(files.w3c), new Set(['id', 'source', 'cached', 'fcd:noteOn']));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).toMatch(/^(https?:\/\/|urn:uuid:)/);
    expect(files.w3c).not.toMatch(/[<>]/);
    expect(files.w3c).not.toContain('javascript:alert(6)');
  });

  it('leave ClaimReview with http(s) URLs only: the unsafe ones are left out', () => {
    const reviews = JSON.parse(files.claimreview) as unknown[];
    expect(reviews.length).toBeGreaterThan(0);
    expect(linkValues(reviews, new Set(['url', 'archivedAt', 'logo']))).toEqual([]);
    expect(files.claimreview).not.toMatch(/[<>]/);
    // The rationale may mention a javascript: link in its words; it stays text in ratingExplanation.
    expect(files.claimreview.replace(/"ratingExplanation": "[^"]*"/g, '')).not.toMatch(/javascript:|vbscript:|data:/);
  });

  it('leave no CSV cell that a spreadsheet would run as a formula', () => {
    const cells = files.csv
      .slice(1)
      .split(/,|\r\n/)
      .map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(files.csv).toContain(`"'=cmd|' /C calc'!A0 <script>alert(""x"")</script>"`);
  });

  it('leave the HTML report without scripts, event handlers, frames or any link but http(s), showing the text as text', () => {
    const { document } = parseHTML(files.html);
    expect(document.querySelectorAll('script, iframe, img, svg, object, embed, form, base').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes)
        expect(attribute.name, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
    }
    const hrefs = [...document.querySelectorAll('[href], [src]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src'),
    );
    expect(hrefs).toEqual([]);
    expect(document.querySelector('title')?.textContent).toBe(`Fact-check report: </title>${SCRIPT}`);
    expect(document.querySelector('h1')?.textContent).toBe(`</title>${SCRIPT}`);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('style')?.textContent).not.toContain('display: none');
    expect(document.querySelector('article .verdict')?.textContent).toBe(
      `<b onmouseover="alert(1)">False</b>${SCRIPT}`,
    );
    expect(document.querySelector('.rationale')?.textContent).toBe(HOSTILE_TEXT);
  });

  it('leave the Markdown report without raw HTML or a link that is not http(s)', () => {
    // Apart from link destinations and the > that opens a quotation line, no angle bracket is left.
    const outsideLinks = files.md.replace(/\]\(<https?:\/\/[^>\s]*>\)/g, '').replace(/^\s*> /gm, '');
    expect(outsideLinks.match(/.{0,30}[<>].{0,30}/g)).toBeNull();
    expect(files.md).not.toMatch(/\]\((?!<https?:)/);
    expect(files.md).toContain('&lt;script&gt;alert\\("x"\\)&lt;/script&gt;');
    expect(files.md).not.toContain('](<javascript');
  });
});
