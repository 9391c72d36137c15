// The real desktop shell under Playwright: the window's security preferences, the CSP, and what the page can and cannot reach.
import { existsSync, readFileSync } from 'node:fs';
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
  console.warn('Electron binary not present: the real-shell test is skipped (run `npx install-electron` on a machine with internet)');
}

/** The environment of this run, minus the dev server URL, so the app loads app://factcheck as it ships. */
function launchEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
  }
  return env;
}

describe.skipIf(electronBinary === null)('the real desktop shell', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(mainEntry)) throw new Error('out/main/index.js is missing: run `npx electron-vite build` first.');
    app = await _electron.launch({ executablePath: electronBinary ?? '', args: [mainEntry], cwd: repoRoot, env: launchEnvironment() });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('loads our own page over app://, never a remote or dev server URL', () => {
    expect(page.url()).toBe('app://factcheck/index.html');
  });

  it('runs the page isolated, sandboxed and without Node.js', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      // getLastWebPreferences exists on every WebContents but is missing from Electron's type declarations.
      const contents = window?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      const last = contents.getLastWebPreferences();
      return last && {
        contextIsolation: last['contextIsolation'],
        sandbox: last['sandbox'],
        nodeIntegration: last['nodeIntegration'],
        nodeIntegrationInSubFrames: last['nodeIntegrationInSubFrames'],
        webSecurity: last['webSecurity'],
        webviewTag: last['webviewTag'],
      };
    });
    expect(preferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('serves the page with the strict Content-Security-Policy header', async () => {
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(header).toBe(CONTENT_SECURITY_POLICY);
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
      ['onMenuCommand', 'function'],
      ['openExternal', 'function'],
      ['openFile', 'function'],
      ['saveFile', 'function'],
    ]);
  });

  it('answers bridge calls from our page', async () => {
    const info = await page.evaluate(() => {
      const bridge = (window as unknown as { factcheck: { appInfo(): Promise<{ version: string; platform: string }> } }).factcheck;
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
});
