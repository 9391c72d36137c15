/** Record ids: random UUIDs, from the Web Crypto API every host of shared/ provides. */

export function newId(): string {
  return crypto.randomUUID();
}
