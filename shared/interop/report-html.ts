/**
 * The readable report as one standalone HTML file: every piece of user text escaped, only http(s) links,
 * no script (a Content-Security-Policy forbids any), and print styles so it prints or saves as PDF cleanly.
 */
import { escapeHtml, isRichTextEmpty, richTextToHtml } from '../richtext/convert';
import { exportUrl } from './identifiers';
import { STANCE_WORDS, STATUS_LABELS } from '../model/labels';
import type { ReportClaim, ReportModel, ReportSource } from './report-model';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLES = `
  :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; }
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
  h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.2rem 0 0.8rem; }
  h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2rem; }
  h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  h4 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; }
  a { color: var(--accent); overflow-wrap: anywhere; }
  .kind { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; }
  dl.facts dt { color: var(--muted); }
  dl.facts dd { margin: 0; overflow-wrap: anywhere; }
  table { border-collapse: collapse; }
  th, td { text-align: left; padding: 0.25rem 0.9rem 0.25rem 0; border-bottom: 1px solid var(--line); }
  .claim { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
  .in-context { margin: 0.4rem 0 0.8rem; padding: 0.5rem 0.8rem; border-left: 4px solid var(--line); color: var(--muted); }
  .in-context mark { background: #fff3b0; color: var(--ink); padding: 0 0.1em; }
  .orphan { color: #9a3412; font-size: 0.9rem; }
  .verdict { display: inline-block; padding: 0 0.5em; border-radius: 4px; color: #fff; background: #59636e; font-weight: 600; }
  .sources li { margin-bottom: 0.5rem; }
  .sources blockquote { margin: 0.25rem 0 0; padding-left: 0.6rem; border-left: 3px solid var(--line); color: var(--muted); }
  .note, footer { color: var(--muted); font-size: 0.9rem; }
  footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
  @page { margin: 18mm 16mm; }
  @media print {
    body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
    a { color: inherit; }
    .sources a[href]::after { content: " <" attr(href) ">"; font-size: 8.5pt; color: var(--muted); }
    .claim { break-inside: avoid-page; border-color: #999; }
    .verdict, .in-context mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    h2 { break-after: avoid-page; }
  }`;

/** A link for an http(s) URL; anything else (javascript:, data:, …) is shown as inert text or not at all. */
export function safeLink(url: string | null, label: string): string {
  const href = exportUrl(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** A class per verdict colour: colours are validated, so no user text reaches the style sheet. */
function verdictStyles(model: ReportModel): { css: string; classOf: (color: string) => string } {
  const colors = [
    ...new Set(
      model.counts.map((entry) => entry.color).concat(model.claims.map((claim) => claim.verdict?.color ?? null)),
    ),
  ].filter((color): color is string => color !== null && /^#[0-9a-f]{6}$/i.test(color));
  return {
    css: colors.map((color, index) => `  .verdict-${index} { background: ${color}; }`).join('\n'),
    classOf: (color) => (colors.includes(color) ? `verdict verdict-${colors.indexOf(color)}` : 'verdict'),
  };
}

function sourceItem(source: ReportSource): string {
  const details = [
    source.publisher ? escapeHtml(source.publisher) : null,
    escapeHtml(STANCE_WORDS[source.stance]),
    exportUrl(source.archiveUrl) ? safeLink(source.archiveUrl, 'archived copy') : null,
  ].filter(Boolean);
  const quote = source.quote ? `<blockquote>${escapeHtml(source.quote)}</blockquote>` : '';
  const note = source.note ? `<p class="note">${escapeHtml(source.note)}</p>` : '';
  return `<li>${safeLink(source.url, source.title)} — ${details.join(' · ')}${quote}${note}</li>`;
}

function claimArticle(claim: ReportClaim, classOf: (color: string) => string): string {
  const facts: Array<[string, string]> = [];
  if (claim.claimant) facts.push(['Claimant', escapeHtml(claim.claimant)]);
  if (claim.claimDate) facts.push(['Claim date', escapeHtml(claim.claimDate)]);
  facts.push([
    'Verdict',
    claim.verdict
      ? `<span class="${classOf(claim.verdict.color)}">${escapeHtml(claim.verdict.label)}</span>`
      : 'No verdict yet',
  ]);
  facts.push(['Status', escapeHtml(STATUS_LABELS[claim.status])]);
  if (claim.tags.length > 0) facts.push(['Tags', escapeHtml(claim.tags.join(', '))]);
  const rationale = isRichTextEmpty(claim.rationale)
    ? ''
    : `<h4>Rationale</h4><div class="rationale">${richTextToHtml(claim.rationale)}</div>`;
  const sources =
    claim.sources.length > 0
      ? `<h4>Sources</h4><ol class="sources">${claim.sources.map(sourceItem).join('')}</ol>`
      : '';
  return [
    `<article class="claim" id="claim-${escapeHtml(claim.id)}">`,
    `<h3>${claim.number}. ${escapeHtml(claim.text || claim.exact)}</h3>`,
    `<blockquote class="in-context">${escapeHtml(claim.before)}<mark>${escapeHtml(claim.exact)}</mark>${escapeHtml(claim.after)}</blockquote>`,
    claim.orphaned ? '<p class="orphan">This quote was not found in the current text of the article.</p>' : '',
    `<dl class="facts">${facts.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`,
    rationale,
    sources,
    '</article>',
  ].join('\n');
}

function languageTag(language: string | null): string {
  return language && /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(language) ? language : 'en';
}

/** The whole report file. */
export function reportHtml(model: ReportModel): string {
  const styles = verdictStyles(model);
  const facts = [
    ...(model.url ? [{ label: 'URL', html: safeLink(model.url, model.url) }] : []),
    ...model.facts.map((fact) => ({ label: fact.label, html: escapeHtml(fact.value) })),
  ];
  const counts = model.counts.map(
    (entry) =>
      `<tr><td>${entry.color ? `<span class="${styles.classOf(entry.color)}">${escapeHtml(entry.label)}</span>` : escapeHtml(entry.label)}</td><td>${entry.count}</td></tr>`,
  );
  return `<!doctype html>
<html lang="${escapeHtml(languageTag(model.language))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check report: ${escapeHtml(model.title)}</title>
<style>${STYLES}
${styles.css}
</style>
</head>
<body>
<header>
<p class="kind">Fact-check report</p>
<h1>${escapeHtml(model.title)}</h1>
<dl class="facts">${facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${fact.html}</dd>`).join('')}</dl>
</header>
<section>
<h2>Verdicts</h2>
${counts.length > 0 ? `<table><thead><tr><th>Verdict</th><th>Claims</th></tr></thead><tbody>${counts.join('')}</tbody></table>` : '<p>No claims yet.</p>'}
</section>
<section>
<h2>Claims</h2>
${model.claims.map((claim) => claimArticle(claim, styles.classOf)).join('\n')}
</section>
<footer>Made with Factcheck Desk by ${escapeHtml(model.generatedBy.name)} on ${escapeHtml(model.generatedAt)}.</footer>
</body>
</html>
`;
}
