/** The fact-checking organisation ClaimReview names as author: name, web site, logo and where its fact checks are published. */
import { z } from 'zod';
import { isHttpUrl } from '../model/url';

const optionalUrl = z
  .string()
  .max(4096)
  .refine((value) => value === '' || isHttpUrl(value), { message: 'expected an http(s) URL' });

/** Every field may be empty: the export dialog then lists what ClaimReview misses. */
export const organisationSchema = z.strictObject({
  name: z.string().max(200),
  url: optionalUrl,
  logoUrl: optionalUrl,
  /** The page the fact checks are published on; each claim gets an anchor on it. */
  factCheckBaseUrl: optionalUrl,
});

export type Organisation = z.infer<typeof organisationSchema>;

export const EMPTY_ORGANISATION: Organisation = { name: '', url: '', logoUrl: '', factCheckBaseUrl: '' };

export const ORGANISATION_LABELS: Record<keyof Organisation, string> = {
  name: 'Organisation name',
  url: 'Organisation web site',
  logoUrl: 'Logo URL',
  factCheckBaseUrl: 'Fact-check page URL',
};

/** Trimmed form input, and a message per field that cannot be saved. */
export function checkOrganisation(input: Organisation): {
  organisation: Organisation;
  problems: Partial<Record<keyof Organisation, string>>;
} {
  const organisation: Organisation = {
    name: input.name.trim().replace(/\s+/g, ' '),
    url: input.url.trim(),
    logoUrl: input.logoUrl.trim(),
    factCheckBaseUrl: input.factCheckBaseUrl.trim(),
  };
  const problems: Partial<Record<keyof Organisation, string>> = {};
  if (organisation.name.length > 200) problems.name = 'Use at most 200 characters.';
  for (const key of ['url', 'logoUrl', 'factCheckBaseUrl'] as const) {
    if (organisation[key] !== '' && (!isHttpUrl(organisation[key]) || organisation[key].length > 4096))
      problems[key] = 'Enter a web address starting with http:// or https://, or leave it empty.';
  }
  return { organisation, problems };
}

/** The stored settings, or empty ones when nothing valid is stored. */
export function parseOrganisation(value: unknown): Organisation {
  const parsed = organisationSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_ORGANISATION;
}
