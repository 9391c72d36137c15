// hashText is the SHA-256 (hex) of the UTF-8 bytes of a text: the fingerprint that pins an article.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../../../shared';

describe('hashText', () => {
  it.each([
    { text: 'abc', hash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    { text: '', hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  ])('gives the published SHA-256 test vector for "$text"', ({ text, hash }) => {
    expect(hashText(text)).toBe(hash);
  });

  it.each(['é', 'Putin’s “fundamental thing” – 99.9%', 'emoji 🚀 and 𠮷', 'line\n\nbreaks'])(
    'hashes the UTF-8 bytes of %j as node:crypto does',
    (text) => {
      expect(hashText(text)).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    },
  );

  it('is 64 lower-case hex digits', () => {
    expect(hashText('Factcheck Desk')).toMatch(/^[0-9a-f]{64}$/);
  });
});
