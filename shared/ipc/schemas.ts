/**
 * The schemas the main process parses every IPC argument with, one per invoke channel of channels.ts.
 * Each is checked against the channel's argument type there: a change on one side that the other does
 * not follow fails to compile.
 */
import { z } from 'zod';
import { openPurposes, textSavePurposes } from '../formats/file-formats';
import { BACKUP_ID_PATTERN, backupReasons, type InvokeArgs, type InvokeChannel } from './channels';

const noArgs = z.strictObject({});

/** Channel name to the schema of its one argument object. */
export const invokeArgSchemas = {
  'factcheck:file:open': z.strictObject({ purpose: z.enum(openPurposes) }),
  'factcheck:file:save': z.strictObject({
    purpose: z.enum(textSavePurposes),
    suggestedName: z.string().min(1).max(255),
    content: z.string().max(256 * 1024 * 1024),
  }),
  'factcheck:shell:open-external': z.strictObject({ url: z.string().max(4096) }),
  'factcheck:app:info': noArgs,
  'factcheck:file:take-opened': noArgs,
  'factcheck:backup:write': z.strictObject({
    content: z
      .string()
      .min(2)
      .max(256 * 1024 * 1024),
    reason: z.enum(backupReasons),
  }),
  'factcheck:backup:list': noArgs,
  'factcheck:backup:read': z.strictObject({ id: z.string().max(64).regex(BACKUP_ID_PATTERN) }),
  'factcheck:backup:flushed': noArgs,
  'factcheck:report:save-pdf': z.strictObject({
    suggestedName: z.string().min(1).max(255),
    html: z
      .string()
      .min(1)
      .max(64 * 1024 * 1024),
  }),
} as const satisfies { [C in InvokeChannel]: z.ZodType };

/** True when two types are identical (optional properties included). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Mismatched = {
  [C in InvokeChannel]: Same<z.infer<(typeof invokeArgSchemas)[C]>, InvokeArgs<C>> extends true ? never : C;
}[InvokeChannel];
// Compile-time check that every schema parses to exactly its channel's argument type.
const schemasMatchChannels: [Mismatched] extends [never] ? true : Mismatched = true;
void schemasMatchChannels;
