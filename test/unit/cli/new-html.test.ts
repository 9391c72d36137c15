// `factcheck new` on saved web pages and Markdown, run as a process: the same document the app makes, then `info --json` on it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalText, hashText, type Bundle, type BundleInfo } from '../../../shared';
import { draftBlocks, draftFromFile } from '../../../shared/import';
import { linkedomHtmlHost } from '../../../cli/html-host';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PAGE = path.join(ROOT, 'test', 'fixtures', 'articles', 'riverton-bus-ridership.html');
const TITLE = 'Mayor says bus ridership doubled since fare cut. The figures tell a different story';

vi.setConfig({ testTimeout: 30_000 });

let work = '';
let cli = '';

/** Runs the CLI built for this file (its own copy, so parallel test files never race on out/cli). */
function factcheck(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: ROOT, env: { ...process.env, FACTCHECK_ANALYST: 'Test Analyst' }, timeout: 20_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

async function info(bundlePath: string): Promise<BundleInfo> {
  const run = await factcheck(['info', bundlePath, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as BundleInfo;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'factcheck-new-html-'));
  cli = path.join(work, 'factcheck.mjs');
  const esbuild = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild');
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
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('factcheck new on a saved news page', () => {
  it('extracts the article with the page metadata, and info --json shows the document', async () => {
    const bundlePath = path.join(work, 'riverton.factcheck.json');
    const made = await factcheck(['new', PAGE, '-o', bundlePath]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain(
      'Read riverton-bus-ridership.html as a web page (HTML): 17 blocks (1 title, 8 paragraphs, 2 headings, 1 quote, 5 list items)',
    );
    for (const line of [
      'Outlet: The Riverton Courier',
      'Author: Maria Jensen',
      'Published: 2026-11-28T07:30:00+00:00',
      'Language: en-GB',
      'URL: https://www.rivertoncourier.example/news/2026/11/28/bus-ridership-fare-cut',
    ]) {
      expect(made.stdout).toContain(line);
    }

    const [document] = (await info(bundlePath)).documents;
    expect(document).toMatchObject({
      title: TITLE,
      url: 'https://www.rivertoncourier.example/news/2026/11/28/bus-ridership-fare-cut',
      outlet: 'The Riverton Courier',
      author: 'Maria Jensen',
      publishedAt: '2026-11-28T07:30:00+00:00',
      language: 'en-GB',
      claims: 0,
    });
    expect(document?.text.startsWith(`${TITLE}\n\nRiverton’s mayor, Helen Marsh, told the city council`)).toBe(true);
    for (const chrome of ['cookies', 'Share on', 'Leave a reply', 'More like this', 'Advertisement'])
      expect(document?.text).not.toContain(chrome);

    // The very document the shared import makes, which the app's unit and end-to-end tests compare with theirs.
    const html = await readFile(PAGE, 'utf8');
    const draft = draftFromFile(
      { name: 'riverton-bus-ridership.html', content: html, byteLength: Buffer.byteLength(html) },
      linkedomHtmlHost,
    );
    const text = canonicalText(draftBlocks(draft, true));
    expect(document?.text).toBe(text);
    expect(document?.textHash).toBe(hashText(text));
    const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle;
    expect(bundle.documents[0]?.blocks).toEqual(draft.blocks);
  });

  it('lets --title and --url override what the page says', async () => {
    const bundlePath = path.join(work, 'override.factcheck.json');
    expect(
      (
        await factcheck([
          'new',
          PAGE,
          '-o',
          bundlePath,
          '--title',
          'Ridership check',
          '--url',
          'https://archive.example/riverton',
        ])
      ).code,
    ).toBe(0);
    expect((await info(bundlePath)).documents[0]).toMatchObject({
      title: 'Ridership check',
      url: 'https://archive.example/riverton',
      outlet: 'The Riverton Courier',
    });
  });

  it('reports boilerplate at the end of a page and keeps it with --keep-boilerplate', async () => {
    const page = path.join(work, 'teasers.htm');
    await writeFile(
      page,
      `<html><head><title>Short story</title></head><body><article><p>${'The council met. '.repeat(40)}</p><p>${'It voted. '.repeat(40)}</p><h3>More like this</h3><p>Another story teaser</p></article></body></html>`,
    );
    const cut = await factcheck(['new', page, '-o', path.join(work, 'cut.factcheck.json')]);
    expect(cut.stdout).toContain('Left out 2 trailing paragraphs that look like site boilerplate');
    expect((await info(path.join(work, 'cut.factcheck.json'))).documents[0]?.text).not.toContain('More like this');
    const kept = await factcheck(['new', page, '-o', path.join(work, 'kept.factcheck.json'), '--keep-boilerplate']);
    expect(kept.stdout).toContain('Kept 2 trailing paragraphs that look like site boilerplate (--keep-boilerplate).');
    expect((await info(path.join(work, 'kept.factcheck.json'))).documents[0]?.text).toContain(
      'More like this\n\nAnother story teaser',
    );
  });
});

describe('factcheck new on Markdown', () => {
  it('keeps headings, quotes and lists, as the app does', async () => {
    const article = path.join(work, 'budget.md');
    await writeFile(
      article,
      '# Budget claims checked\n\nThe minister said *spending* rose by 12%.\n\n## What the data says\n\n> Spending rose by 9% in real terms.\n\n1. first\n2. second\n',
    );
    const bundlePath = path.join(work, 'budget.factcheck.json');
    const made = await factcheck(['new', article, '-o', bundlePath]);
    expect(made.stdout).toContain('as Markdown: 6 blocks (1 title, 1 paragraph, 1 heading, 1 quote, 2 list items)');
    expect((await info(bundlePath)).documents[0]?.text).toBe(
      'Budget claims checked\n\nThe minister said spending rose by 12%.\n\nWhat the data says\n\nSpending rose by 9% in real terms.\n\nfirst\n\nsecond',
    );
  });

  it('turns emphasis and http(s) links into marks, not literal asterisks, and makes the document the app makes', async () => {
    const markdown =
      '# Budget **claims** checked\n\nThe minister said *spending* rose by __12%__, [the data](https://stats.example/budget) says _9%_.\n';
    const article = path.join(work, 'marks.md');
    await writeFile(article, markdown);
    const bundlePath = path.join(work, 'marks.factcheck.json');
    expect((await factcheck(['new', article, '-o', bundlePath])).code).toBe(0);
    const [document] = (JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle).documents;
    expect(document?.text).toBe('Budget claims checked\n\nThe minister said spending rose by 12%, the data says 9%.');
    expect(document?.blocks[1]?.marks).toEqual([
      { type: 'italic', start: 18, end: 26 },
      { type: 'bold', start: 35, end: 38 },
      { type: 'link', start: 40, end: 48, href: 'https://stats.example/budget' },
      { type: 'italic', start: 54, end: 56 },
    ]);
    const app = draftBlocks(
      draftFromFile({ name: 'marks.md', content: markdown, byteLength: Buffer.byteLength(markdown) }, linkedomHtmlHost),
      true,
    );
    expect(document?.blocks).toEqual(app);
    expect(document?.textHash).toBe(hashText(canonicalText(app)));
  });
});

describe('factcheck new refuses what is not an article, and writes nothing', () => {
  it.each([
    [
      'a page with no article',
      'furniture.html',
      '<html><body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies</div><footer>© Site</footer></body></html>',
      'No article text was found in this page',
    ],
    [
      'a UTF-16 page',
      'utf16.html',
      Buffer.from(`\ufeff<html><body><p>${'Text. '.repeat(50)}</p></body></html>`, 'utf16le'),
      'The file is UTF-16 text; Factcheck Desk reads UTF-8.',
    ],
    [
      'a Latin-1 page',
      'latin1.htm',
      Buffer.from('<p>Caf\xe9 au lait</p>', 'latin1'),
      'The file is not UTF-8 text (it may be Latin-1 or Windows-1252).',
    ],
    [
      'a Word document named .md',
      'word.md',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      'The file is a ZIP archive (or a Word, OpenDocument or EPUB file), not text.',
    ],
  ])('%s', async (_what, name, content, message) => {
    const file = path.join(work, name);
    await writeFile(file, content);
    const output = path.join(work, `${name}.factcheck.json`);
    const run = await factcheck(['new', file, '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`factcheck: ${file}: ${message}`);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    await expect(stat(output)).rejects.toThrow();
  });
});
