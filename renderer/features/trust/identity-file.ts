/**
 * The identity file: an analyst's id, name and signing key (both halves), to take their identity to
 * another machine of theirs. It holds a secret, says so inside, and is read as untrusted input.
 */
import { z } from 'zod';
import type { Analyst, SigningKey } from '../../../shared';
import { analystSchema, isSigningKey, parseJsonSafely } from '../../../shared';

export const IDENTITY_FORMAT = 'factcheck-identity';
const hexKey = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

const identityFileSchema = z.object({
  format: z.literal(IDENTITY_FORMAT),
  version: z.literal(1),
  warning: z.string().optional(),
  exportedAt: z.string().optional(),
  analyst: analystSchema,
  signingKey: z.strictObject({ publicKey: hexKey, secretKey: hexKey }),
});

export const IDENTITY_WARNING =
  'This file holds a secret signing key: anyone who has it can sign Factcheck Desk files as this analyst. Import it on your own machines only, then delete it.';

export function identityFileText(analyst: Analyst, signingKey: SigningKey, now: Date = new Date()): string {
  const file = {
    format: IDENTITY_FORMAT,
    version: 1,
    warning: IDENTITY_WARNING,
    exportedAt: now.toISOString(),
    analyst: { id: analyst.id, name: analyst.name },
    signingKey: { publicKey: signingKey.publicKey, secretKey: signingKey.secretKey },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type IdentityFileResult =
  { ok: true; analyst: Analyst; signingKey: SigningKey } | { ok: false; message: string };

/** Reads an identity file: its analyst and a key whose halves belong together, or why not. */
export function readIdentityFile(text: string): IdentityFileResult {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, message: parsed.problems[0]?.message ?? 'the file is not valid JSON' };
  const file = identityFileSchema.safeParse(parsed.value);
  if (!file.success) {
    const value = parsed.value as { format?: unknown } | null;
    if (value?.format !== IDENTITY_FORMAT) return { ok: false, message: 'it is not a Factcheck Desk identity file' };
    const issue = file.error.issues[0];
    return { ok: false, message: `the field ${issue?.path.join('.') || 'format'} is wrong (${issue?.message})` };
  }
  const { analyst, signingKey } = file.data;
  if (!isSigningKey(signingKey))
    return { ok: false, message: 'its signing key is damaged: the two halves do not match' };
  return { ok: true, analyst, signingKey };
}
