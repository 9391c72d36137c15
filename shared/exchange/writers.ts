/**
 * Writer ids: the name a library gives its writes. Each library writes as `<analystId>@<random>`, made
 * once for it, so the same analyst on two machines makes two different writes, and a library can tell
 * its own writes from anything a file claims about them (docs/format.md, "Writers").
 */
import { hashText } from '../text/hash';
import { newId } from '../model/ids';

/** The analyst behind a write: the part of the writer id before the first `@`, or the whole id (a library from before writer ids). */
export function analystIdOfWriter(writerId: string): string {
  const at = writerId.indexOf('@');
  return at === -1 ? writerId : writerId.slice(0, at);
}

/** The longest analyst id a writer id can be made from: dots allow 200 characters, and the suffix takes 9. */
const MAX_ANALYST_ID = 191;

/** A fresh writer id for a library of `analystId`: the analyst id, `@`, and eight random hex digits. */
export function newWriterId(analystId: string): string {
  // The analyst part keeps "who wrote it" readable; eight hex digits of a fresh UUID's hash keep libraries apart.
  return `${analystId.slice(0, MAX_ANALYST_ID)}@${hashText(newId()).slice(0, 8)}`;
}
