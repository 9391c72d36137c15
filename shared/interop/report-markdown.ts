/** The readable report as Markdown: the same content as the HTML report, every piece of user text escaped, only http(s) links. */
import { isRichTextEmpty } from '../richtext/convert';
import { escapeMarkdown, markdownLines, markdownLink, richTextToMarkdown } from './markdown-text';
import { STANCE_WORDS, STATUS_LABELS } from '../model/labels';
import type { ReportClaim, ReportModel, ReportSource } from './report-model';

function sourceLines(source: ReportSource, index: number): string[] {
  const details = [
    source.publisher ? escapeMarkdown(source.publisher) : null,
    STANCE_WORDS[source.stance],
    source.archiveUrl ? markdownLink(source.archiveUrl, 'archived copy') : null,
  ].filter(Boolean);
  const lines = [`${index + 1}. ${markdownLink(source.url, source.title)} — ${details.join(' · ')}`];
  if (source.quote) lines.push(`   > ${markdownLines(source.quote, '   > ')}`);
  if (source.note) lines.push('', `   ${markdownLines(source.note, '   ')}`);
  return lines;
}

function claimSection(claim: ReportClaim): string {
  const lines = [
    `### ${claim.number}. ${escapeMarkdown(claim.text || claim.exact)}`,
    '',
    `> ${escapeMarkdown(claim.before)}**${escapeMarkdown(claim.exact)}**${escapeMarkdown(claim.after)}`.trimEnd(),
    '',
  ];
  if (claim.orphaned) lines.push('*This quote was not found in the current text of the article.*', '');
  if (claim.claimant) lines.push(`- **Claimant:** ${escapeMarkdown(claim.claimant)}`);
  if (claim.claimDate) lines.push(`- **Claim date:** ${escapeMarkdown(claim.claimDate)}`);
  lines.push(`- **Verdict:** ${claim.verdict ? escapeMarkdown(claim.verdict.label) : 'No verdict yet'}`);
  lines.push(`- **Status:** ${STATUS_LABELS[claim.status]}`);
  if (claim.tags.length > 0) lines.push(`- **Tags:** ${escapeMarkdown(claim.tags.join(', '))}`);
  if (!isRichTextEmpty(claim.rationale)) lines.push('', '**Rationale**', '', richTextToMarkdown(claim.rationale));
  if (claim.sources.length > 0) lines.push('', '**Sources**', '', ...claim.sources.flatMap(sourceLines));
  return lines.join('\n');
}

/** The whole report file. */
export function reportMarkdown(model: ReportModel): string {
  const facts = [
    ...(model.url ? [`- **URL:** ${markdownLink(model.url, model.url)}`] : []),
    ...model.facts.map((fact) => `- **${escapeMarkdown(fact.label)}:** ${escapeMarkdown(fact.value)}`),
  ];
  const counts =
    model.counts.length > 0
      ? [
          '| Verdict | Claims |',
          '|---|---|',
          ...model.counts.map((entry) => `| ${escapeMarkdown(entry.label)} | ${entry.count} |`),
        ]
      : ['No claims yet.'];
  return [
    `# Fact-check report: ${escapeMarkdown(model.title)}`,
    '',
    ...facts,
    '',
    '## Verdicts',
    '',
    ...counts,
    '',
    '## Claims',
    '',
    model.claims.map(claimSection).join('\n\n'),
    '',
    '---',
    '',
    `Made with Factcheck Desk by ${escapeMarkdown(model.generatedBy.name)} on ${escapeMarkdown(model.generatedAt)}.`,
    '',
  ].join('\n');
}
