/** SHA-256 of a document's canonical text (UTF-8), the fingerprint that pins the article. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function hashText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
