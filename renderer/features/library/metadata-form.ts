/** Checks the metadata editor's fields and turns them into a document change: a title, an http(s) URL, a date, a language tag. */
import { isHttpUrl, type FactDocument } from '../../../shared';
import { languageTag } from '../../../shared/import';
import type { MetadataChange } from '../../db/documents';
import { checkTitle } from './library-actions';

export type MetadataFields = Record<'title' | 'outlet' | 'url' | 'author' | 'publishedAt' | 'language', string>;

export type MetadataErrors = Partial<Record<keyof MetadataFields, string>>;

export function fieldsOf(document: FactDocument): MetadataFields {
  return {
    title: document.title,
    outlet: document.outlet ?? '',
    url: document.url ?? '',
    author: document.author ?? '',
    publishedAt: document.publishedAt ?? '',
    language: document.language ?? '',
  };
}

function optional(value: string, max: number): string | null {
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean.length === 0 ? null : clean.slice(0, max);
}

/** A date as printed on pages: 2026-11-28, or a full ISO time (2026-11-28T07:30:00+00:00). */
export function isPublishedDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value.slice(0, 10)))
  );
}

/** The change to save, or the problem with each field that has one. */
export function checkMetadata(fields: MetadataFields): { change: MetadataChange } | { errors: MetadataErrors } {
  const errors: MetadataErrors = {};
  const title = checkTitle(fields.title);
  if ('error' in title) errors.title = title.error;
  const url = optional(fields.url, 4096);
  if (url !== null && !isHttpUrl(url)) errors.url = 'Enter an address that starts with http:// or https://.';
  const publishedAt = optional(fields.publishedAt, 100);
  if (publishedAt !== null && !isPublishedDate(publishedAt)) errors.publishedAt = 'Enter a date like 2026-11-28.';
  const language = optional(fields.language, 35);
  const tag = language === null ? null : languageTag(language);
  if (language !== null && tag === null) errors.language = 'Enter a language code like en, de or pt-BR.';
  if (Object.keys(errors).length > 0 || 'error' in title) return { errors };
  return {
    change: {
      title: title.title,
      url,
      outlet: optional(fields.outlet, 500),
      author: optional(fields.author, 500),
      publishedAt,
      language: tag,
    },
  };
}
