// Serves the built renderer on a free localhost port for the end-to-end suite.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveWeb } from '../../scripts/serve-web.mjs';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(resolve(import.meta.dirname, '../..', process.env.RENDERER_OUT ?? 'out/renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the end-to-end tests (npm test does).');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: install Debian's chromium package (see .ci/run).`);
  }
  const started = (await serveWeb({ port: 0 })) as { server: Server; url: string };
  server = started.server;
  project.provide('baseUrl', started.url);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolvePromise) => (server ? server.close(() => resolvePromise()) : resolvePromise()));
}
