// The readable report in HTML and Markdown: metadata, verdict counts, each claim with its quote in context, verdict, rationale and sources.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentView, reportHtml, reportMarkdown, reportModel } from '../../../../shared/interop';
import { ANALYST, NOW, QUOTES, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

const model = reportModel(documentView(sampleBundle()), ANALYST, NOW);

describe('the report model', () => {
  it('counts verdicts in the order of the scale, with the claims without a verdict last', () => {
    expect(model.counts.map((entry) => [entry.label, entry.count])).toEqual([
      ['Mostly true', 1],
      ['Half true', 1],
      ['False', 1],
      ['No verdict', 3],
    ]);
  });

  it('shows each quote in its context, cut at whole words', () => {
    const context = (exact: string) => {
      const claim = model.claims.find((candidate) => candidate.exact === exact);
      return [claim?.before, claim?.after];
    };
    expect(context(QUOTES.jobs)).toEqual([
      'Harbour traffic report 🚢 Port officials 🎉 said cargo volumes doubled in 2024. The mayor 👩‍⚖️ claimed ',
      '. =SUM(A1:A9) is what the spreadsheet said. Critics 🤔 say unemployment rose by 3% anyway. @everyone was told: -40…',
    ]);
    expect(context(QUOTES.formula)).toEqual([
      '…Port officials 🎉 said cargo volumes doubled in 2024. The mayor 👩‍⚖️ claimed the new terminal created 5,000 jobs. ',
      '. Critics 🤔 say unemployment rose by 3% anyway. @everyone was told: -40 degrees is +40 nowhere.',
    ]);
    expect(context('a sentence that was removed')).toEqual(['before ', ' after']);
  });
});

describe('the HTML report', () => {
  const html = reportHtml(model);
  const { document } = parseHTML(html);

  it('is a standalone page with the article’s metadata, a policy that forbids scripts and print styles', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.querySelector('title')?.textContent).toBe('Fact-check report: Harbour traffic report 🚢');
    expect(document.querySelector('h1')?.textContent).toBe('Harbour traffic report 🚢');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(document.querySelector('style')?.textContent).toContain('@media print');
    const facts = [...document.querySelectorAll('header dt')].map(
      (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`,
    );
    expect(facts).toEqual([
      'URL: https://news.example/harbour',
      'Outlet: Harbour Times',
      'Author: Sam Writer',
      'Published: 2026-02-27',
      'Language: en',
      'Claims: 6',
      `Text SHA-256: ${sampleBundle().documents[0]?.textHash}`,
    ]);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('lists the verdict counts and every claim with its marked quote, verdict, rationale and sources', () => {
    expect([...document.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
      'Mostly true1',
      'Half true1',
      'False1',
      'No verdict3',
    ]);
    const claims = [...document.querySelectorAll('article.claim')];
    expect(claims.map((claim) => claim.querySelector('mark')?.textContent)).toEqual([
      QUOTES.cargo,
      QUOTES.jobs,
      QUOTES.formula,
      QUOTES.unemployment,
      QUOTES.minus,
      'a sentence that was removed',
    ]);
    const cargo = claims[0];
    expect(cargo?.getAttribute('id')).toBe('claim-claim-cargo');
    expect(cargo?.querySelector('h3')?.textContent).toBe('1. Cargo volumes doubled in 2024');
    expect(cargo?.querySelector('.verdict')?.textContent).toBe('False');
    expect(cargo?.querySelector('.rationale strong')?.textContent).toBe('12% rise');
    expect(cargo?.querySelector('.rationale a')?.getAttribute('href')).toBe('https://port.example/annual-2024');
    const source = cargo?.querySelector('.sources li');
    expect(source?.querySelector('a')?.getAttribute('href')).toBe('https://stats.example/port-2024');
    expect([...(source?.querySelectorAll('a') ?? [])].map((link) => link.textContent)).toEqual([
      'Port statistics 2024',
      'archived copy',
    ]);
    expect(source?.textContent).toContain('Statistics Office · refutes');
    expect(source?.querySelector('blockquote')?.textContent).toBe('Volumes rose 12% in 2024.');
    expect(claims[5]?.querySelector('.orphan')?.textContent).toContain('not found in the current text');
  });

  it('gives verdict colours through classes built from validated colours only', () => {
    expect(document.querySelector('style')?.textContent).toMatch(/\.verdict-\d \{ background: #cf222e; \}/);
    expect(html).not.toMatch(/style="/);
  });
});

describe('the Markdown report', () => {
  const markdown = reportMarkdown(model);

  it('holds the same content: metadata, a table of counts, each claim with its quote in bold in context', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Fact-check report: Harbour traffic report 🚢',
      '',
      '- **URL:** [https://news.example/harbour](<https://news.example/harbour>)',
    ]);
    expect(markdown).toContain(
      '| Verdict | Claims |\n|---|---|\n| Mostly true | 1 |\n| Half true | 1 |\n| False | 1 |\n| No verdict | 3 |',
    );
    expect(markdown).toContain(
      '### 1. Cargo volumes doubled in 2024\n\n> Harbour traffic report 🚢 Port officials 🎉 said **cargo volumes doubled in 2024**. The mayor',
    );
    expect(markdown).toContain('- **Verdict:** False\n- **Status:** Final\n- **Tags:** economy, port');
    expect(markdown).toContain(
      '**Rationale**\n\nPort statistics show a **12% rise**, not a doubling.\n\nSee the [annual report](<https://port.example/annual-2024>)\n\n- Volumes: 1.2 million TEU',
    );
    expect(markdown).toContain(
      '1. [Port statistics 2024](<https://stats.example/port-2024>) — Statistics Office · refutes · [archived copy](<https://archive.example/web/2026/https://stats.example/port-2024>)\n   > Volumes rose 12% in 2024.',
    );
    expect(markdown).toContain('*This quote was not found in the current text of the article.*');
  });

  it('escapes text that would start a block or a formula-like list', () => {
    expect(markdown).toContain('### 3. \\+1 more formula');
    expect(markdown).toContain('- **Claimant:** \\-Critic');
    expect(markdown).toContain('**\\=SUM\\(A1:A9\\) is what the spreadsheet said**');
  });
});
