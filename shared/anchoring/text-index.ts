/**
 * An index of a text's short substrings (k-mers), built once for a batch of quotes, so that finding a quote's
 * exact occurrences, or the places that share words with it, costs the occurrences and not the length of
 * the text. Only every STEP-th position is indexed: a string of at least K + STEP - 1 characters has one
 * indexed K-mer in it wherever it occurs, found through the one of its first STEP K-mers that lies there.
 * The index is built on first use; a quote found where it is expected never needs it.
 */

/** Characters per indexed substring. */
const K = 12;
/** One position in STEP is indexed. */
const STEP = 8;
/** The shortest quote whose exact occurrences the index finds; shorter ones are looked for with a scan. */
export const INDEXED_LENGTH = K + STEP - 1;

function hashAt(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let index = at; index < at + K; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash ^ (hash >>> 15);
}

export interface NearestOccurrences {
  /** Starts of exact occurrences, the nearest to the expected place first (at most `limit`). */
  starts: number[];
  /** Whether the text has more occurrences than were returned. */
  more: boolean;
}

export interface SeedRegion {
  /** The smallest and largest start of the quote that a shared substring points to. */
  from: number;
  to: number;
  /** How many shared substrings point there. */
  votes: number;
}

/** Up to `limit` of `sorted` (ascending starts) nearest to `expected`, nearest first. */
function nearestOf(sorted: readonly number[], expected: number, limit: number): number[] {
  let right = 0;
  while (right < sorted.length && (sorted[right] as number) < expected) right += 1;
  let left = right - 1;
  const nearest: number[] = [];
  while (nearest.length < limit && (left >= 0 || right < sorted.length)) {
    const before = left >= 0 ? expected - (sorted[left] as number) : Infinity;
    const after = right < sorted.length ? (sorted[right] as number) - expected : Infinity;
    if (before <= after) nearest.push(sorted[left--] as number);
    else nearest.push(sorted[right++] as number);
  }
  return nearest;
}

export class TextIndex {
  readonly text: string;
  /** Bucket b holds the indexed positions from bucketStart[b] to bucketStart[b + 1] in `positions`, ascending. */
  private bucketStart: Int32Array | null = null;
  private positions: Int32Array = new Int32Array(0);
  private mask = 0;

  constructor(text: string) {
    this.text = text;
  }

  private build(): Int32Array {
    if (this.bucketStart) return this.bucketStart;
    const { text } = this;
    const count = text.length >= K ? Math.floor((text.length - K) / STEP) + 1 : 0;
    let buckets = 1024;
    while (buckets < count) buckets *= 2;
    this.mask = buckets - 1;
    const hashes = new Int32Array(count);
    const bucketStart = new Int32Array(buckets + 1);
    for (let slot = 0; slot < count; slot += 1) {
      const bucket = hashAt(text, slot * STEP) & this.mask;
      hashes[slot] = bucket;
      bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
    }
    for (let bucket = 0; bucket < buckets; bucket += 1)
      bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + (bucketStart[bucket] as number);
    const filled = bucketStart.slice(0, buckets);
    const positions = new Int32Array(count);
    for (let slot = 0; slot < count; slot += 1) {
      const bucket = hashes[slot] as number;
      positions[filled[bucket] as number] = slot * STEP;
      filled[bucket] = (filled[bucket] as number) + 1;
    }
    this.positions = positions;
    this.bucketStart = bucketStart;
    return bucketStart;
  }

  /** The indexed positions whose K-mer may be the one at `at` of `pattern` (same hash bucket), ascending. */
  private bucketOf(pattern: string, at: number): { from: number; to: number } {
    const bucketStart = this.build();
    const bucket = hashAt(pattern, at) & this.mask;
    return { from: bucketStart[bucket] as number, to: bucketStart[bucket + 1] as number };
  }

  /**
   * The exact occurrences of `quote` nearest to `expected`: at most `limit`, and whether there are more.
   * Each occurrence has its indexed K-mer at one of the quote's first STEP offsets (the phase of its start);
   * for each phase the rarest indexed K-mer of the quote is looked up and every position checked.
   */
  nearestOccurrences(quote: string, expected: number, limit: number): NearestOccurrences {
    const { text } = this;
    if (quote.length < INDEXED_LENGTH) {
      const all: number[] = [];
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) all.push(at);
      return { starts: nearestOf(all, expected, limit), more: all.length > limit };
    }
    const found: number[] = [];
    for (let phase = 0; phase < STEP; phase += 1) {
      let rarest: { from: number; to: number; offset: number } | null = null;
      for (let offset = phase; offset + K <= quote.length; offset += STEP) {
        const bucket = this.bucketOf(quote, offset);
        if (!rarest || bucket.to - bucket.from < rarest.to - rarest.from) rarest = { ...bucket, offset };
      }
      if (!rarest) continue;
      // The phase's nearest occurrences are enough (the nearest of all are among them): walk out from the
      // expected place through the bucket's ascending positions.
      const target = expected + rarest.offset;
      let low = rarest.from;
      let high = rarest.to;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((this.positions[middle] as number) < target) low = middle + 1;
        else high = middle;
      }
      let left = low - 1;
      let right = low;
      for (let taken = 0; taken <= limit && (left >= rarest.from || right < rarest.to);) {
        const before = left >= rarest.from ? target - (this.positions[left] as number) : Infinity;
        const after = right < rarest.to ? (this.positions[right] as number) - target : Infinity;
        const start =
          (before <= after ? (this.positions[left--] as number) : (this.positions[right++] as number)) - rarest.offset;
        if (start >= 0 && text.startsWith(quote, start)) {
          found.push(start);
          taken += 1;
        }
      }
    }
    found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected) || a - b);
    return { starts: found.slice(0, limit), more: found.length > limit };
  }

  /**
   * Where `pattern` shares indexed K-mers with the text, as the starts of the quote they point to (the quote
   * begins `quoteOffset` characters into the pattern): neighbouring starts, within `spread`, make one region.
   * K-mers found more than `common` times say nothing about where the quote is and are not used. Regions
   * with the most votes first.
   */
  seedRegions(pattern: string, quoteOffset: number, spread: number, common: number): SeedRegion[] {
    const { text } = this;
    const starts: number[] = [];
    for (let offset = 0; offset + K <= pattern.length; offset += 1) {
      const bucket = this.bucketOf(pattern, offset);
      if (bucket.to - bucket.from > common) continue;
      for (let slot = bucket.from; slot < bucket.to; slot += 1) {
        const at = this.positions[slot] as number;
        if (text.startsWith(pattern.slice(offset, offset + K), at)) starts.push(at - offset + quoteOffset);
      }
    }
    starts.sort((a, b) => a - b);
    const regions: SeedRegion[] = [];
    for (const start of starts) {
      const last = regions[regions.length - 1];
      if (last && start - last.to <= spread) {
        last.to = start;
        last.votes += 1;
      } else regions.push({ from: start, to: start, votes: 1 });
    }
    return regions.sort((a, b) => b.votes - a.votes || a.from - b.from);
  }
}
