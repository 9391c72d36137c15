// Types of the static server used by `npm run web` and the end-to-end tests.
import type { Server } from 'node:http';

export const CONTENT_SECURITY_POLICY: string;
export const CONTENT_TYPES: Readonly<Record<string, string>>;
export function serveWeb(options?: { port?: number; host?: string }): Promise<{ server: Server; url: string }>;
