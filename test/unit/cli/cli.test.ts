// The factcheck CLI run as a process on real files: what a user sees on stdout and stderr, and the exit code.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bundleInfo,
  canonicalText,
  createBundle,
  hashText,
  parseArticle,
  readBundle,
  serialiseBundle,
  truthScale,
  type Bundle,
  type BundleInfo,
} from '../../../shared';
import { bundleFixturePath, MALFORMED_BUNDLES, readBundleFixture, VALID_BUNDLE } from '../../fixtures/bundles/corpus';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LAUNCHER = path.join(ROOT, 'cli', 'bin', 'factcheck.mjs');
const SAMPLE = path.join(ROOT, 'test', 'fixtures', 'articles', 'putin-negotiations.txt');
const SAMPLE_TITLE =
  'Putin claims Russia is ready to negotiate with Ukraine; Kyiv insists that Moscow does not want negotiations';
const ANALYST = 'Test Analyst';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node LAUNCHER ...args` from the repository root and collects what it printed. */
function factcheck(args: readonly string[], launcher = LAUNCHER): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [launcher, ...args],
      { cwd: ROOT, env: { ...process.env, FACTCHECK_ANALYST: ANALYST, NO_COLOR: '1' }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function expectNoStackTrace(run: Run): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at \S/m);
  expect(output).not.toMatch(/\b\w*Error\b:/);
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

// Each test starts one to four Node processes; leave room for a slow, busy CI machine.
vi.setConfig({ testTimeout: 30_000 });

let work = '';
const inWork = (name: string) => path.join(work, name);

beforeAll(async () => {
  // The launcher runs the bundle in out/cli; build it from the current sources once.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await promisify(execFile)(npm, ['run', 'build:cli'], { cwd: ROOT, shell: process.platform === 'win32' });
  work = await mkdtemp(path.join(os.tmpdir(), 'factcheck-cli-'));
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('factcheck new → validate → info on the sample article', () => {
  it('makes a valid bundle of the article without its boilerplate, hashed as the app hashes it', async () => {
    const bundlePath = inWork('putin.factcheck.json');
    const made = await factcheck(['new', SAMPLE, '-o', bundlePath]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('Left out 7 trailing paragraphs that look like site boilerplate');
    for (const removed of [
      'Please enter your comment! Please enter your name here',
      'Share post:',
      'More like this',
      'Britain will send 14 main battle tanks',
    ]) {
      expect(made.stdout).toContain(removed);
    }
    expect(made.stdout).toContain(`Wrote ${bundlePath}: 1 document, 0 claims`);

    const validated = await factcheck(['validate', bundlePath]);
    expect(validated).toEqual({ code: 0, stdout: `${bundlePath}: ok\n`, stderr: '' });

    const info = await factcheck(['info', bundlePath, '--json']);
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as BundleInfo;
    expect(summary.claims).toEqual([]);
    expect(summary.documents).toHaveLength(1);
    const [document] = summary.documents;
    expect(document?.title).toBe(SAMPLE_TITLE);
    expect(document?.text.startsWith(`${SAMPLE_TITLE}\n\nRussia is open to negotiations`)).toBe(true);
    expect(document?.text).not.toContain('Please enter your comment');
    expect(document?.text).not.toContain('More like this');
    expect(document?.textHash).toBe(
      createHash('sha256')
        .update(document?.text ?? '', 'utf8')
        .digest('hex'),
    );
    expect(document?.claims).toBe(0);

    // The app opens a .txt with parseArticle(format 'text'); the CLI must pin the very same text.
    const app = parseArticle(await readFile(SAMPLE, 'utf8'), { format: 'text' });
    expect(document?.text).toBe(canonicalText(app.blocks));
    expect(document?.textHash).toBe(hashText(canonicalText(app.blocks)));
  });

  it('stamps the bundle with the analyst and the default truth scale', async () => {
    const bundlePath = inWork('stamped.factcheck.json');
    expect((await factcheck(['new', SAMPLE, '-o', bundlePath])).code).toBe(0);
    const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle;
    expect(bundle.exportedBy.name).toBe(ANALYST);
    expect(bundle.documents[0]?.createdBy).toEqual(bundle.exportedBy);
    expect(bundle.scales).toEqual([truthScale]);
    expect([bundle.claims, bundle.sources, bundle.evidence]).toEqual([[], [], []]);
  });

  it('applies --title, --url, --author-name and --keep-boilerplate', async () => {
    const bundlePath = inWork('options.factcheck.json');
    const made = await factcheck([
      'new',
      SAMPLE,
      '-o',
      bundlePath,
      '--title',
      'Putin interview',
      '--url',
      'https://news.example/putin',
      '--author-name',
      'Dana Desk',
      '--keep-boilerplate',
    ]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Kept 7 trailing paragraphs that look like site boilerplate (--keep-boilerplate).');
    const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle;
    expect(bundle.documents[0]).toMatchObject({ title: 'Putin interview', url: 'https://news.example/putin' });
    expect(bundle.documents[0]?.text).toContain('Please enter your comment! Please enter your name here');
    expect(bundle.exportedBy.name).toBe('Dana Desk');
  });

  it('reads a .md article as Markdown, as the app does', async () => {
    const markdown =
      '# Exports *doubled*\n\nThe minister said **exports doubled** in 2023.\n\n> “We did it.”\n\n- one\n- two\n';
    await writeFile(inWork('article.md'), markdown);
    const bundlePath = inWork('markdown.factcheck.json');
    const made = await factcheck(['new', inWork('article.md'), '-o', bundlePath]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('as Markdown');
    expect(made.stdout).toContain('No trailing site boilerplate found.');
    const summary = JSON.parse((await factcheck(['info', '--json', bundlePath])).stdout) as BundleInfo;
    expect(summary.documents[0]?.text).toBe(canonicalText(parseArticle(markdown, { format: 'markdown' }).blocks));
    expect(summary.documents[0]?.text).toBe(
      'Exports doubled\n\nThe minister said exports doubled in 2023.\n\n“We did it.”\n\none\n\ntwo',
    );
  });

  it('refuses to replace an existing bundle unless --force is given', async () => {
    const bundlePath = inWork('existing.factcheck.json');
    await writeFile(bundlePath, 'precious work');
    const refused = await factcheck(['new', SAMPLE, '-o', bundlePath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `factcheck: ${bundlePath} already exists; choose another name or add --force to replace it.\n`,
    );
    expect(await readFile(bundlePath, 'utf8')).toBe('precious work');
    expect((await factcheck(['new', SAMPLE, '-o', bundlePath, '--force'])).code).toBe(0);
    expect((await factcheck(['validate', bundlePath])).code).toBe(0);
  });
});

describe('factcheck validate', () => {
  it.each(MALFORMED_BUNDLES)(
    'lists each problem of $name with the file name and JSON path, and exits 1',
    async ({ file, problems }) => {
      const relative = path.join('test', 'fixtures', 'bundles', file);
      const run = await factcheck(['validate', relative]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      const printed = lines(run.stdout);
      expect(printed).toHaveLength(problems.length);
      problems.forEach((problem, index) => {
        const prefix = `${relative}: ${problem.path}: `;
        const line = printed[index] ?? '';
        expect(line.startsWith(prefix), `"${line}" starts with "${prefix}"`).toBe(true);
        const message = line.slice(prefix.length);
        if (typeof problem.message === 'string') expect(message).toBe(problem.message);
        else expect(message).toMatch(problem.message);
      });
    },
  );

  it('checks several files in one go: "ok" for the valid one, problems for the others, exit 1', async () => {
    const files = [VALID_BUNDLE, 'wrong-text-hash.factcheck.json', 'several-problems.factcheck.json'].map((name) =>
      bundleFixturePath(name),
    );
    const run = await factcheck(['validate', ...files]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${files[0]}: ok`,
      `${files[1]}: $.documents[0].textHash: the hash does not match the SHA-256 of the text`,
      `${files[2]}: $.documents[0].url: expected an http(s) URL`,
      `${files[2]}: $.claims[0].status: expected "new" or "researching" or "needs-review" or "final" or "dismissed"`,
      `${files[2]}: $.sources[0]: unknown field "rating"`,
    ]);
  });

  it('exits 0 when every file is valid', async () => {
    const run = await factcheck(['validate', bundleFixturePath(VALID_BUNDLE), bundleFixturePath(VALID_BUNDLE)]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toHaveLength(2);
  });
});

describe('factcheck info', () => {
  it('prints exactly bundleInfo of the bundle with --json', async () => {
    const run = await factcheck(['info', bundleFixturePath(VALID_BUNDLE), '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = readBundle(readBundleFixture(VALID_BUNDLE));
    if (!result.ok) throw new Error('the valid corpus bundle should read');
    expect(JSON.parse(run.stdout)).toEqual(bundleInfo(result.bundle));
  });

  it('summarises documents and claims for people without --json', async () => {
    const run = await factcheck(['info', bundleFixturePath(VALID_BUNDLE)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('1 document, 1 claim (and 1 deleted), 1 source, 1 evidence link');
    expect(run.stdout).toContain('Minister says exports doubled 🚀');
    expect(run.stdout).toContain('[final] False: “exports doubled in 2023” (characters 51–74)');
    expect(run.stdout).not.toContain('Critics');
  });

  it('lists the problems of an invalid bundle on stderr and exits 1', async () => {
    const file = bundleFixturePath('quote-not-at-offsets.factcheck.json');
    const run = await factcheck(['info', file, '--json']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: $.claims[0].target.exact: the quote is not the text at the stored offsets\n`,
    });
  });

  it('does not pass terminal control characters from a bundle through to the terminal', async () => {
    const CONTROLS = ['\u001b', '\u0007', '\u009b'];
    const raw = readBundleFixture(VALID_BUNDLE);
    const bundle = JSON.parse(raw) as Bundle;
    const hostile: Bundle = createBundle(
      {
        ...bundle,
        documents: bundle.documents.map((document) => ({
          ...document,
          title: 'Evil \u001b[2J\u001b]0;owned\u0007 title\u009b31m',
        })),
      },
      { id: 'x', name: 'Mallory \u001b[31m' },
    );
    await writeFile(inWork('hostile.factcheck.json'), serialiseBundle(hostile));
    const human = await factcheck(['info', inWork('hostile.factcheck.json')]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Evil ?[2J?]0;owned? title?31m');
    for (const control of CONTROLS) expect(human.stdout).not.toContain(control);
    const json = await factcheck(['info', inWork('hostile.factcheck.json'), '--json']);
    for (const control of CONTROLS) expect(json.stdout).not.toContain(control);
    expect((JSON.parse(json.stdout) as BundleInfo).documents[0]?.title).toBe(
      'Evil \u001b[2J\u001b]0;owned\u0007 title\u009b31m',
    );
  });
});

describe('bad input files', () => {
  const inputs = [
    {
      what: 'a missing file',
      name: 'missing.txt',
      newMessage: 'there is no such file',
      validateMessage: 'cannot be read: there is no such file',
    },
    {
      what: 'a folder',
      name: 'folder.txt',
      newMessage: 'it is a folder, not a file',
      validateMessage: 'cannot be read: it is a folder, not a file',
    },
    {
      what: 'a binary file',
      name: 'binary.txt',
      newMessage:
        'The file is a PNG image, not text. Save the article as text, Markdown or a web page (HTML) and try again.',
      validateMessage: '$: the file is binary, not text (it holds NUL bytes)',
    },
    {
      what: 'a file that is not UTF-8',
      name: 'latin1.txt',
      newMessage: 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252). Save it as UTF-8 and try again.',
      validateMessage: '$: the file is not UTF-8 text',
    },
    {
      what: 'an empty file',
      name: 'empty.txt',
      newMessage: 'The file is empty.',
      validateMessage: '$: the file is empty',
    },
    {
      what: 'a file of white space',
      name: 'blank.txt',
      newMessage: 'The file holds no article text.',
      validateMessage: '$: the file is empty',
    },
    {
      what: 'a PDF',
      name: 'article.pdf',
      newMessage: 'only .txt, .md and .html articles are read (this file has .pdf)',
      validateMessage: /^\$: the file is not valid JSON/,
    },
  ];

  beforeAll(async () => {
    await mkdir(inWork('folder.txt'));
    await writeFile(
      inWork('binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await writeFile(inWork('latin1.txt'), Buffer.from('Caf\xe9 au lait\n\nMore text.', 'latin1'));
    await writeFile(inWork('empty.txt'), '');
    await writeFile(inWork('blank.txt'), ' \n\n\t\n');
    await writeFile(inWork('article.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  });

  it.each(inputs)(
    '`new` refuses $what with one line naming it, exit 1, and writes nothing',
    async ({ name, newMessage }) => {
      const output = inWork(`from-${name}.factcheck.json`);
      const run = await factcheck(['new', inWork(name), '-o', output]);
      expectNoStackTrace(run);
      expect(run).toEqual({ code: 1, stdout: '', stderr: `factcheck: ${inWork(name)}: ${newMessage}\n` });
      await expect(stat(output)).rejects.toThrow();
    },
  );

  it.each(inputs)(
    '`validate` and `info` report $what with one line naming it, exit 1',
    async ({ name, validateMessage }) => {
      for (const command of ['validate', 'info']) {
        const run = await factcheck([command, inWork(name)]);
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        const printed = lines(command === 'validate' ? run.stdout : run.stderr);
        expect(printed).toHaveLength(1);
        const prefix = `${inWork(name)}: `;
        expect(printed[0]?.startsWith(prefix)).toBe(true);
        const message = printed[0]?.slice(prefix.length) ?? '';
        if (typeof validateMessage === 'string') expect(message).toBe(validateMessage);
        else expect(message).toMatch(validateMessage);
      }
    },
  );

  it('says where the bundle cannot be written', async () => {
    const output = inWork(path.join('no-such-folder', 'x.factcheck.json'));
    const run = await factcheck(['new', SAMPLE, '-o', output]);
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `factcheck: ${output}: cannot be written: the folder ${path.dirname(output)} does not exist\n`,
    );
  });

  it('never overwrites the article with its own bundle', async () => {
    await writeFile(inWork('self.txt'), 'Title\n\nBody text.');
    const run = await factcheck(['new', inWork('self.txt'), '-o', inWork('self.txt'), '--force']);
    expect(run.code).toBe(1);
    expect(await readFile(inWork('self.txt'), 'utf8')).toBe('Title\n\nBody text.');
  });
});

describe('usage', () => {
  it.each([
    { what: 'no command', args: [], message: 'Usage: factcheck COMMAND' },
    {
      what: 'an unknown command',
      args: ['import'],
      message:
        'factcheck: Unknown command "import"; the commands are new, validate, info, merge, export, import-annotations, verify.',
    },
    { what: 'an unknown global option', args: ['--verbose'], message: 'factcheck: Unknown option "--verbose".' },
    { what: 'help on an unknown command', args: ['help', 'import'], message: 'factcheck: no help for "import"' },
    {
      what: '`new` without an article',
      args: ['new', '-o', 'x.factcheck.json'],
      message: 'factcheck: Name the article file to read.',
    },
    {
      what: '`new` without -o',
      args: ['new', 'article.txt'],
      message: 'factcheck: Name the bundle to write with -o BUNDLE.',
    },
    {
      what: '`new` with -o but no value',
      args: ['new', 'article.txt', '-o'],
      message: "factcheck: Option '-o, --output <value>' argument missing",
    },
    {
      what: '`new` with two articles',
      args: ['new', 'a.txt', 'b.txt', '-o', 'x.factcheck.json'],
      message: 'factcheck: Give one article file at a time.',
    },
    {
      what: '`new` with a non-http URL',
      args: ['new', 'a.txt', '-o', 'x.factcheck.json', '--url', 'javascript:alert(1)'],
      message: 'factcheck: --url must be an http or https address',
    },
    {
      what: '`new` with an empty title',
      args: ['new', 'missing.txt', '-o', 'x.factcheck.json', '--title', ' '],
      message: 'factcheck: --title must not be empty.',
    },
    {
      what: '`validate` without files',
      args: ['validate'],
      message: 'factcheck: Name at least one bundle file to check.',
    },
    {
      what: '`validate` with an unknown option',
      args: ['validate', '--strict', 'x.json'],
      message: "factcheck: Unknown option '--strict'.",
    },
    { what: '`info` without a file', args: ['info'], message: 'factcheck: Name the bundle file to summarise.' },
    {
      what: '`info` with two files',
      args: ['info', 'a.json', 'b.json'],
      message: 'factcheck: Give one bundle file at a time.',
    },
  ])('exits 2 with a message and the usage for $what', async ({ args, message }) => {
    const run = await factcheck(args);
    expectNoStackTrace(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/Usage: factcheck/);
  });

  it.each([
    { args: ['--help'], usage: 'Usage: factcheck COMMAND' },
    { args: ['-h'], usage: 'Usage: factcheck COMMAND' },
    { args: ['help'], usage: 'Usage: factcheck COMMAND' },
    { args: ['help', 'new'], usage: 'Usage: factcheck new ARTICLE -o BUNDLE' },
    { args: ['new', '--help'], usage: 'Usage: factcheck new ARTICLE -o BUNDLE' },
    { args: ['validate', '-h'], usage: 'Usage: factcheck validate FILE...' },
    { args: ['info', '--help'], usage: 'Usage: factcheck info BUNDLE [--json]' },
  ])('prints the help asked for by `factcheck $args` on stdout and exits 0', async ({ args, usage }) => {
    const run = await factcheck(args);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith(usage)).toBe(true);
  });

  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await factcheck(['--version'])).toEqual({ code: 0, stdout: `factcheck ${version}\n`, stderr: '' });
  });

  it('tells how to build the CLI when the bundle is missing, and exits 2', async () => {
    const launcher = inWork(path.join('unbuilt', 'cli', 'bin', 'factcheck.mjs'));
    await mkdir(path.dirname(launcher), { recursive: true });
    await copyFile(LAUNCHER, launcher);
    expect(await factcheck(['--version'], launcher)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'factcheck: the CLI is not built yet; run `npm run build:cli`\n',
    });
  });
});
