// Import steps for the end-to-end tests: open, paste and drop articles, read what the app stored, and run the CLI on the same file.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Bundle, FactDocument } from '../../shared';

const ROOT = resolve(import.meta.dirname, '../..');

export async function openArticle(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open article…' }).click(),
  ]);
  await chooser.setFiles(path);
}

/** Fires a paste on the element (the focused one by default) with this clipboard content, as Ctrl+V would. */
export async function paste(page: Page, data: { html?: string; text: string }, selector?: string): Promise<void> {
  await page.evaluate(
    ({ html, text, selector: target }) => {
      const clipboardData = new DataTransfer();
      if (html !== undefined) clipboardData.setData('text/html', html);
      clipboardData.setData('text/plain', text);
      const element = (target ? document.querySelector(target) : document.activeElement) ?? document.body;
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    { html: data.html, text: data.text, selector },
  );
}

/** Drags a file made of these bytes onto the window and drops it, as from the file manager. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array | { zeros: number }): Promise<void> {
  const content: { zeros?: number; base64?: string } =
    'zeros' in bytes ? { zeros: bytes.zeros } : { base64: Buffer.from(bytes).toString('base64') };
  await page.evaluate(
    ({ fileName, data }) => {
      const raw =
        data.zeros !== undefined
          ? new Uint8Array(data.zeros)
          : Uint8Array.from(atob(data.base64 ?? ''), (char) => char.charCodeAt(0));
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([raw], fileName));
      const target = document.querySelector('.app-main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    },
    { fileName: name, data: content },
  );
}

/** The primary keys of one of the app's IndexedDB stores, read straight from the database. */
export async function storedKeys(page: Page, store: string): Promise<string[]> {
  return readStore(page, store, 'getAllKeys') as Promise<string[]>;
}

/** Every document the app stored, read straight from its IndexedDB. */
export async function storedDocuments(page: Page): Promise<FactDocument[]> {
  return readStore(page, 'documents', 'getAll') as Promise<FactDocument[]>;
}

function readStore(page: Page, store: string, read: 'getAll' | 'getAllKeys'): Promise<unknown[]> {
  return page.evaluate(
    ({ name, method }) =>
      new Promise<unknown[]>((done, fail) => {
        const request = indexedDB.open('factcheck-desk');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name).objectStore(name)[method]();
          all.onsuccess = () => {
            request.result.close();
            done(all.result as unknown[]);
          };
          all.onerror = () => fail(all.error);
        };
      }),
    { name: store, method: read },
  );
}

export async function storedDocument(page: Page, title: string): Promise<FactDocument> {
  const found = (await storedDocuments(page)).find((document) => document.title === title);
  if (!found) throw new Error(`No stored document titled "${title}"`);
  return found;
}

/** Builds the CLI into a folder of its own (so tests never race on out/cli) and returns a runner for `factcheck new`. */
export async function buildCli(): Promise<(article: string) => Promise<Bundle>> {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-e2e-cli-'));
  const cli = join(dir, 'factcheck.mjs');
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  await promisify(execFile)(
    esbuild,
    [
      'cli/index.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--log-level=warning',
      `--outfile=${cli}`,
    ],
    { cwd: ROOT },
  );
  let count = 0;
  return async (article) => {
    count += 1;
    const output = join(dir, `${count}.factcheck.json`);
    await promisify(execFile)(process.execPath, [cli, 'new', article, '-o', output], {
      cwd: ROOT,
      env: { ...process.env, FACTCHECK_ANALYST: 'CLI' },
    });
    return JSON.parse(await readFile(output, 'utf8')) as Bundle;
  };
}
