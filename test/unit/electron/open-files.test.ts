// Files the OS asks the app to open: which command-line arguments count, and how the queue holds files until the renderer takes them.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../electron/main/file-dialogs';
import { bundlePathsFromArgv, createOpenFileQueue } from '../../../electron/main/open-files';

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-open-'));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('bundlePathsFromArgv', () => {
  const packaged = { cwd: '/home/ana/Documents', isDefaultApp: false };
  const development = { cwd: '/home/analyst/desk', isDefaultApp: true };

  it.each([
    ['a packaged launch with no file', ['/opt/Factcheck Desk/factcheck-desk'], packaged, []],
    [
      'a bundle named relative to the launch folder',
      ['/opt/fd/factcheck-desk', 'team.factcheck.json'],
      packaged,
      ['/home/ana/Documents/team.factcheck.json'],
    ],
    ['an absolute path', ['/opt/fd/factcheck-desk', '/tmp/A.FACTCHECK.JSON'], packaged, ['/tmp/A.FACTCHECK.JSON']],
    [
      'several files',
      ['fd', 'a.factcheck.json', 'b.json'],
      packaged,
      ['/home/ana/Documents/a.factcheck.json', '/home/ana/Documents/b.json'],
    ],
    [
      'Chromium switches added to a second instance',
      ['fd', '--allow-file-access-from-files', '--enable-features=x.json', 'a.json'],
      packaged,
      ['/home/ana/Documents/a.json'],
    ],
    [
      'articles beside a bundle',
      ['fd', 'article.txt', 'notes.MD', 'page.html', 'b.json'],
      packaged,
      [
        '/home/ana/Documents/article.txt',
        '/home/ana/Documents/notes.MD',
        '/home/ana/Documents/page.html',
        '/home/ana/Documents/b.json',
      ],
    ],
    [
      'files that are neither bundles nor articles',
      ['fd', 'evil.exe', 'run.sh', 'archive.json.zip', 'json', 'txt'],
      packaged,
      [],
    ],
    ['an empty argument', ['fd', ''], packaged, []],
    [
      'the app folder in development',
      ['/usr/bin/electron', 'out/main/index.js', 'x.factcheck.json'],
      development,
      ['/home/analyst/desk/x.factcheck.json'],
    ],
    ['a development launch with a .json app path', ['/usr/bin/electron', 'package.json'], development, []],
  ] as const)('%s', (_name, argv, layout, expected) => {
    expect(bundlePathsFromArgv(argv, layout)).toEqual(expected);
  });
});

function setUp() {
  const notify = vi.fn();
  const recentDocuments = { add: vi.fn<(filePath: string) => void>() };
  return { queue: createOpenFileQueue({ fs, recentDocuments, notify }), notify, recentDocuments };
}

describe('the open-file queue', () => {
  it('holds files until taken, then hands each over once with its text', async () => {
    const filePath = path.join(dir, 'team.factcheck.json');
    await fs.writeFile(filePath, '{"format":"factcheck-bundle"}');
    const { queue, notify, recentDocuments } = setUp();
    queue.add([filePath]);
    expect(notify).toHaveBeenCalledOnce();
    expect(queue.size).toBe(1);
    await expect(queue.take()).resolves.toEqual([
      { ok: true, file: { name: 'team.factcheck.json', content: '{"format":"factcheck-bundle"}', byteLength: 29 } },
    ]);
    expect(recentDocuments.add).toHaveBeenCalledExactlyOnceWith(filePath);
    await expect(queue.take()).resolves.toEqual([]);
  });

  it('hands over an article file with its text, under the article size cap', async () => {
    const filePath = path.join(dir, 'report.md');
    await fs.writeFile(filePath, '# Exports\n\nExports *doubled*.');
    const { queue } = setUp();
    queue.add([filePath]);
    await expect(queue.take()).resolves.toEqual([
      { ok: true, file: { name: 'report.md', content: '# Exports\n\nExports *doubled*.', byteLength: 29 } },
    ]);
  });

  it('keeps arrival order and drops a file already waiting', async () => {
    const first = path.join(dir, 'first.json');
    const second = path.join(dir, 'second.json');
    await fs.writeFile(first, '1');
    await fs.writeFile(second, '2');
    const { queue, notify } = setUp();
    queue.add([first, second]);
    queue.add([first]);
    expect(notify).toHaveBeenCalledOnce();
    const events = await queue.take();
    expect(events.map((event) => (event.ok ? event.file.name : event.name))).toEqual(['first.json', 'second.json']);
  });

  it('ignores files that are neither bundles nor articles and does not disturb the renderer for them', () => {
    const { queue, notify } = setUp();
    queue.add(['/tmp/run.sh', '/tmp/photo.jpg']);
    expect(queue.size).toBe(0);
    expect(notify).not.toHaveBeenCalled();
  });

  it('turns a file that cannot be read into its reason, and still hands over the others', async () => {
    const good = path.join(dir, 'good.json');
    const latin1 = path.join(dir, 'latin1.json');
    await fs.writeFile(good, '{}');
    await fs.writeFile(latin1, Buffer.from([0x7b, 0xe9, 0x7d]));
    const { queue, recentDocuments } = setUp();
    queue.add([path.join(dir, 'missing.json'), latin1, dir + '.json', good]);
    const events = await queue.take();
    expect(events).toEqual([
      { ok: false, name: 'missing.json', message: expect.stringContaining('Could not open "missing.json"') },
      { ok: false, name: 'latin1.json', message: expect.stringContaining('is not UTF-8 text') },
      { ok: false, name: path.basename(dir) + '.json', message: expect.stringContaining('Could not open') },
      { ok: true, file: { name: 'good.json', content: '{}', byteLength: 2 } },
    ]);
    expect(recentDocuments.add).toHaveBeenCalledExactlyOnceWith(good);
  });

  it('refuses a file over the bundle size cap without reading it', async () => {
    const huge = path.join(dir, 'huge.json');
    const handle = await fs.open(huge, 'w');
    await handle.truncate(MAX_FILE_BYTES.bundle + 1);
    await handle.close();
    const { queue } = setUp();
    queue.add([huge]);
    await expect(queue.take()).resolves.toEqual([
      { ok: false, name: 'huge.json', message: expect.stringContaining('up to 200 MB') },
    ]);
  });
});
