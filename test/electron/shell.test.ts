// The real desktop shell under Playwright: every window's security preferences, the CSP, what each page can reach, backups and files from the OS.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/protocol';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainEntry = path.join(repoRoot, 'out', 'main', 'index.js');

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it but without
 * requiring that module, which starts a download when the binary is missing.
 */
function findElectronBinary(): string | null {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const overrideDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (overrideDir) {
    const executable = path.join(overrideDir, relative ?? 'electron');
    return existsSync(executable) ? executable : null;
  }
  if (relative === null || relative === '') return null;
  const executable = path.join(packageDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

const electronBinary = findElectronBinary();

if (electronBinary === null) {
  // eslint-disable-next-line no-console -- the one line that says why this suite did not run.
  console.warn(
    'Electron binary not present: the real-shell test is skipped (run `npx install-electron` on a machine with internet)',
  );
}

/**
 * The environment of this run, minus the dev server URL, so the app loads app://factcheck as it ships,
 * with a user-data folder of its own so the test never touches a real library.
 */
function launchEnvironment(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  env['FACTCHECK_DESK_USER_DATA'] = userData;
  return env;
}

const BUNDLE_ON_COMMAND_LINE = 'from-the-command-line.factcheck.json';

describe.skipIf(electronBinary === null)('the real desktop shell', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;
  let closed = false;

  beforeAll(async () => {
    if (!existsSync(mainEntry)) throw new Error('out/main/index.js is missing: run `npx electron-vite build` first.');
    userData = mkdtempSync(path.join(tmpdir(), 'factcheck-shell-'));
    writeFileSync(path.join(userData, BUNDLE_ON_COMMAND_LINE), '{"format":"factcheck-bundle"}');
    app = await _electron.launch({
      executablePath: electronBinary ?? '',
      args: [mainEntry, BUNDLE_ON_COMMAND_LINE],
      cwd: userData,
      env: launchEnvironment(userData),
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 60_000);

  afterAll(async () => {
    if (!closed) await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('loads our own page over app://, never a remote or dev server URL', () => {
    expect(page.url()).toBe('app://factcheck/index.html');
  });

  it('runs every window isolated, sandboxed and without Node.js', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // getLastWebPreferences exists on every WebContents but is missing from Electron's type declarations.
        const contents = window.webContents as unknown as {
          getURL(): string;
          getLastWebPreferences(): Record<string, unknown> | null;
        };
        const last = contents.getLastWebPreferences();
        return {
          url: contents.getURL(),
          preferences: last && {
            contextIsolation: last['contextIsolation'],
            sandbox: last['sandbox'],
            nodeIntegration: last['nodeIntegration'],
            nodeIntegrationInSubFrames: last['nodeIntegrationInSubFrames'],
            webSecurity: last['webSecurity'],
            webviewTag: last['webviewTag'],
          },
        };
      }),
    );
    expect(windows.length).toBeGreaterThan(0);
    for (const window of windows) {
      expect(window.preferences, window.url).toEqual({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        webviewTag: false,
      });
    }
  });

  it('serves every page with the strict Content-Security-Policy header and gives none of them require or process', async () => {
    const pages = app.windows();
    expect(pages.length).toBeGreaterThan(0);
    for (const windowPage of pages) {
      const header = await windowPage.evaluate(async () =>
        (await fetch(location.href)).headers.get('content-security-policy'),
      );
      expect(header, windowPage.url()).toBe(CONTENT_SECURITY_POLICY);
      expect(await windowPage.evaluate(() => [typeof require, typeof process]), windowPage.url()).toEqual([
        'undefined',
        'undefined',
      ]);
    }
  });

  it('refuses to evaluate strings as code', async () => {
    const outcome = await page.evaluate(() => {
      try {
        return String(eval('1 + 1'));
      } catch (error) {
        return error instanceof EvalError ? 'blocked' : String(error);
      }
    });
    expect(outcome).toBe('blocked');
  });

  it('gives the page neither require nor process', async () => {
    expect(await page.evaluate(() => [typeof require, typeof process])).toEqual(['undefined', 'undefined']);
  });

  it('exposes exactly the bridge functions on window.factcheck', async () => {
    const members = await page.evaluate(() => {
      const bridge = (window as unknown as Record<string, object>)['factcheck'] ?? {};
      return Object.entries(bridge).map(([name, value]) => [name, typeof value]);
    });
    expect(members.sort()).toEqual([
      ['appInfo', 'function'],
      ['listBackups', 'function'],
      ['onBackupFlushRequest', 'function'],
      ['onFileOpened', 'function'],
      ['onMenuCommand', 'function'],
      ['openExternal', 'function'],
      ['openFile', 'function'],
      ['readBackup', 'function'],
      ['saveFile', 'function'],
      ['saveReportPdf', 'function'],
      ['writeBackup', 'function'],
    ]);
  });

  it('answers bridge calls from our page', async () => {
    const info = await page.evaluate(() => {
      const bridge = (window as unknown as { factcheck: { appInfo(): Promise<{ version: string; platform: string }> } })
        .factcheck;
      return bridge.appInfo();
    });
    expect(info.platform).toBe(process.platform);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('opens no new window from window.open', async () => {
    expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('stays on our page when the page tries to navigate away', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://factcheck/index.html');
  });

  it('hands the page a bundle named on the command line', async () => {
    // On a fresh profile the analyst has not entered a name, so the app's own import has not taken the file yet.
    const opened = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const bridge = (
            window as unknown as { factcheck: { onFileOpened(listener: (event: unknown) => void): () => void } }
          ).factcheck;
          bridge.onFileOpened(resolve);
        }),
    );
    expect(opened).toEqual({
      ok: true,
      file: { name: BUNDLE_ON_COMMAND_LINE, content: '{"format":"factcheck-bundle"}', byteLength: 29 },
    });
  });

  it('writes backups into userData/backups and reads them back', async () => {
    type BackupBridge = {
      writeBackup(args: object): Promise<{ id: string }>;
      listBackups(): Promise<Array<{ id: string }>>;
      readBackup(args: object): Promise<{ content: string }>;
    };
    const outcome = await page.evaluate(async () => {
      const bridge = (window as unknown as { factcheck: BackupBridge }).factcheck;
      const written = await bridge.writeBackup({ content: '{"backup":true}', reason: 'manual' });
      return { written, listed: await bridge.listBackups(), read: await bridge.readBackup({ id: written.id }) };
    });
    expect(outcome.listed.map((entry) => entry.id)).toContain(outcome.written.id);
    expect(outcome.read.content).toBe('{"backup":true}');
    expect(readdirSync(path.join(userData, 'backups'))).toContain(outcome.written.id);
  });

  it('asks for persistent storage without an error', async () => {
    expect(typeof (await page.evaluate(() => navigator.storage.persist()))).toBe('boolean');
  });

  it('remembers the window size and position after it closes', async () => {
    await app.close();
    closed = true;
    const saved = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8')) as {
      version: number;
      bounds: { width: number };
    };
    expect(saved.version).toBe(1);
    expect(saved.bounds.width).toBeGreaterThanOrEqual(900);
  });
});
