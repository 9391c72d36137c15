// electron-builder.yml, checked without building: electron-builder's own schema, the targets, icons, file association, fuses and packed files.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml and app-builder-lib come with electron-builder; neither ships type declarations.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed YAML document
const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Config;
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misspelt option (the schema check is real)', async () => {
    await expect(validateConfiguration({ ...config, electronFusez: {} }, new DebugLogger(false))).rejects.toThrow(
      /unknown property 'electronFusez'/,
    );
  });

  it('names the app and writes installers to release/', () => {
    expect(config).toMatchObject({
      appId: 'org.factcheckdesk.app',
      productName: 'Factcheck Desk',
      directories: { output: 'release', buildResources: 'build' },
    });
  });

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis']],
    ['mac', ['dmg']],
  ])('builds %s targets %j', (platform, targets) => {
    expect(config[platform].target).toEqual(targets);
  });

  it('names every artifact, without spaces, by app, version, platform and architecture', () => {
    for (const name of [
      config['artifactName'],
      config['linux'].artifactName,
      config['nsis'].artifactName,
      config['dmg'].artifactName,
    ]) {
      expect(name).toMatch(/^factcheck-desk-\$\{version\}-(\$\{os\}|linux|win|mac)-\$\{arch\}(-setup)?\.\$\{ext\}$/);
    }
  });

  it('points every platform at an icon file that exists', () => {
    expect(readFileSync(path.join(repoRoot, config['win'].icon)).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(readFileSync(path.join(repoRoot, config['mac'].icon)).subarray(0, 4).toString('ascii')).toBe('icns');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(path.join(repoRoot, config['linux'].icon, `${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}x${size}.png`).toEqual([size, size]);
    }
    expect(existsSync(path.join(repoRoot, 'build', 'icon.svg'))).toBe(true);
  });

  it('associates .factcheck.json bundles with the app, with a MIME type for Linux', () => {
    expect(config['fileAssociations']).toEqual([
      expect.objectContaining({
        ext: 'factcheck.json',
        name: 'Factcheck bundle',
        mimeType: 'application/vnd.factcheck-desk.bundle+json',
        role: 'Editor',
      }),
    ]);
  });

  it('sets every security fuse', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('packs the built app and its package.json, and leaves out the CLI, source maps and node_modules', () => {
    expect(config['files']).toEqual(['out/**', 'package.json', '!out/cli/**', '!**/*.map', '!node_modules/**']);
    expect(packageJson['main']).toBe('out/main/index.js');
  });

  it('keeps the dist script on this configuration', () => {
    expect((packageJson['scripts'] as Record<string, string>)['dist']).toMatch(
      /electron-builder --config electron-builder\.yml/,
    );
  });
});
