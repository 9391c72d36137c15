/** Finds site boilerplate (comment forms, share widgets, teaser lists) left at the end of copied article text. */

const BOILERPLATE_STARTS: readonly RegExp[] = [
  /^please enter your (comment|name)/i,
  /^leave a (reply|comment)/i,
  /^share (this )?(post|article|story)\s*:?$/i,
  /^more like this$/i,
  /^related (articles|posts|stories)\s*:?$/i,
  /^(read|see) (more|also)\s*:?$/i,
  /^you (may|might) also like/i,
  /^comments?\s*(\(\d+\))?\s*:?$/i,
  /^sign up for our newsletter/i,
];

/** The index of the first trailing paragraph that starts the boilerplate, or null when the text ends cleanly. */
export function findTrailingBoilerplate(paragraphs: readonly string[]): number | null {
  const searchFrom = Math.max(1, Math.floor(paragraphs.length / 2));
  for (let index = searchFrom; index < paragraphs.length; index += 1) {
    const text = (paragraphs[index] ?? '').trim().replace(/^#{1,6}\s+/, '');
    if (BOILERPLATE_STARTS.some((pattern) => pattern.test(text))) return index;
  }
  return null;
}
