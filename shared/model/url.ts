/** http(s) URLs: the only kind of link the app stores or follows. */
import { z } from 'zod';

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value.trim())) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const httpUrl = z
  .string()
  .max(4096)
  .refine((value) => isHttpUrl(value), { message: 'expected an http(s) URL' });
