/** Words for a conflict: which record, which field, and each competing value as the analyst reads it. */
import type { RecordKind, RichText, Target, VerdictScale } from '../../../shared';
import { ENUM_FIELD_LABELS, FIELD_LABELS, findStep, richTextToPlain } from '../../../shared';

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** Fields an analyst may settle by writing a value of their own, and how it is edited. */
export function handEditKind(table: RecordKind, field: string, value: unknown): 'text' | 'rich' | null {
  if (field === 'rationale') return 'rich';
  if (table === 'claims' && (field === 'text' || field === 'claimant' || field === 'reviewer')) return 'text';
  if (
    typeof value === 'string' &&
    ['title', 'outlet', 'author', 'publisher', 'reliabilityNote', 'quote', 'note'].includes(field)
  )
    return 'text';
  return null;
}

/** A value as the analyst reads it. */
export function describeValue(field: string, value: unknown, scales: ReadonlyMap<string, VerdictScale>): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (field === 'verdict') {
    const verdict = value as { scaleId: string; stepId: string };
    return findStep(scales.get(verdict.scaleId), verdict.stepId)?.label ?? verdict.stepId;
  }
  if (field === 'scaleId') return scales.get(String(value))?.name ?? String(value);
  if (field === 'rationale') return richTextToPlain(value as RichText) || '(empty)';
  if (field === 'target') {
    const target = value as Target;
    return `“${target.exact}”${target.orphaned ? ' (not found in the text)' : ''}`;
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const labels = ENUM_FIELD_LABELS[field];
  return labels?.[String(value)] ?? String(value);
}

/** The value to start a hand edit from. */
export function editableText(field: string, value: unknown): string {
  if (field === 'rationale') return richTextToPlain(value as RichText);
  return typeof value === 'string' ? value : '';
}

/** How a record is named in the Conflicts view. */
export function describeRecord(table: RecordKind, record: Record<string, unknown>): string {
  const short = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  switch (table) {
    case 'documents':
      return `Article “${short(String(record['title'] ?? ''))}”`;
    case 'claims':
      return `Claim on “${short((record['target'] as Target | undefined)?.exact ?? '')}”`;
    case 'sources':
      return `Source “${short(String(record['title'] || record['url'] || ''))}”`;
    case 'evidence':
      return `Evidence link (${ENUM_FIELD_LABELS['stance']?.[String(record['stance'])] ?? 'source'})`;
  }
}
