// The About box and panel name the app and its version first, then the runtime a bug report needs.
import { describe, expect, it } from 'vitest';
import { aboutBoxOptions, aboutPanelOptions } from '../../../electron/main/about';

const facts = {
  version: '0.4.2',
  versions: { electron: '45.5.0', chrome: '142.0.1', node: '22.20.0' },
  platform: 'linux',
  arch: 'x64',
};

describe('the About box', () => {
  const box = aboutBoxOptions(facts);

  it('is an information box titled About Factcheck Desk with one OK button', () => {
    expect(box).toMatchObject({ type: 'info', title: 'About Factcheck Desk', buttons: ['OK'], defaultId: 0 });
  });

  it('leads with the name and version', () => {
    expect(box.message).toBe('Factcheck Desk 0.4.2');
  });

  it('lists Electron, Chromium, Node.js and the platform', () => {
    expect(box.detail?.split('\n').slice(0, 4)).toEqual([
      'Electron 45.5.0',
      'Chromium 142.0.1',
      'Node.js 22.20.0',
      'linux x64',
    ]);
  });

  it('leaves out runtime versions it does not know', () => {
    expect(aboutBoxOptions({ ...facts, versions: {} }).detail?.split('\n')[0]).toBe('linux x64');
  });
});

describe('the native About panel', () => {
  it('shows the app version and the Electron version', () => {
    expect(aboutPanelOptions(facts)).toMatchObject({
      applicationName: 'Factcheck Desk',
      applicationVersion: '0.4.2',
      version: 'Electron 45.5.0',
    });
  });
});
