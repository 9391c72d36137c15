// The window's remembered place: what a state file may hold, when saved bounds are still visible, and the store on a real disk.
import * as nodeFs from 'node:fs';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWindowStateStore,
  parseWindowState,
  placeWindow,
  serialiseWindowState,
} from '../../../electron/main/window-state';
import type { Rectangle, WindowState } from '../../../electron/main/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('parseWindowState', () => {
  it('reads back what it wrote', () => {
    expect(parseWindowState(serialiseWindowState(state(10, 20, 1000, 700, true)))).toEqual(
      state(10, 20, 1000, 700, true),
    );
  });

  it.each([
    ['no file', null],
    ['an empty file', ''],
    ['not JSON', '{"version":1,'],
    ['a JSON array', '[]'],
    ['another version', '{"version":2,"bounds":{"x":0,"y":0,"width":900,"height":600},"maximized":false}'],
    ['a missing size', '{"version":1,"bounds":{"x":0,"y":0},"maximized":false}'],
    ['a fractional size', '{"version":1,"bounds":{"x":0,"y":0,"width":900.5,"height":600},"maximized":false}'],
    ['a zero width', '{"version":1,"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}'],
    ['a string coordinate', '{"version":1,"bounds":{"x":"0","y":0,"width":900,"height":600},"maximized":false}'],
    ['an absurd coordinate', '{"version":1,"bounds":{"x":1e12,"y":0,"width":900,"height":600},"maximized":false}'],
    [
      'an extra key',
      '{"version":1,"bounds":{"x":0,"y":0,"width":900,"height":600},"maximized":false,"fullscreen":true}',
    ],
    [
      'a prototype key',
      '{"version":1,"bounds":{"x":0,"y":0,"width":900,"height":600},"maximized":false,"__proto__":{"x":1}}',
    ],
  ])('ignores %s', (_name, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens at the default place when nothing was saved', () => {
    expect(placeWindow(null, [laptop])).toBeNull();
  });

  it.each([
    ['on the laptop', state(100, 80), [laptop]],
    ['on the second monitor', state(2200, 100), [laptop, rightMonitor]],
    ['across both monitors', state(1500, 100, 1000), [laptop, rightMonitor]],
    ['partly below the screen', state(200, 900), [laptop]],
    ['on a monitor left of the primary one', state(-1800, 50), [laptop, { x: -1920, y: 0, width: 1920, height: 1080 }]],
  ] as const)('restores a window %s', (_name, saved, displays) => {
    expect(placeWindow(saved, displays)).toEqual(saved);
  });

  it.each([
    ['on a monitor that was unplugged', state(2200, 100), [laptop]],
    ['far off every display', state(50_000, 50_000), [laptop]],
    ['with its title bar above the screen', state(100, -700), [laptop]],
    ['showing only a sliver of its title bar', state(1850, 100), [laptop]],
    ['when there is no display at all', state(100, 80), []],
  ] as const)('ignores a window saved %s', (_name, saved, displays) => {
    expect(placeWindow(saved, displays)).toBeNull();
  });

  it('grows a window smaller than the minimum size', () => {
    expect(placeWindow(state(10, 10, 300, 200), [laptop])?.bounds).toEqual({ x: 10, y: 10, width: 900, height: 600 });
  });

  it('keeps the maximised flag', () => {
    expect(placeWindow(state(0, 0, 1920, 1050, true), [laptop])?.maximized).toBe(true);
  });
});

describe('the window-state store', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-window-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('saves to a JSON file and loads it back', () => {
    const filePath = path.join(dir, 'window-state.json');
    const store = createWindowStateStore(nodeFs, filePath);
    expect(store.load()).toBeNull();
    store.save(state(5, 6, 1000, 700, true));
    expect(JSON.parse(nodeFs.readFileSync(filePath, 'utf8'))).toEqual({
      version: 1,
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    });
    expect(createWindowStateStore(nodeFs, filePath).load()).toEqual(state(5, 6, 1000, 700, true));
    expect(nodeFs.readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('treats a damaged file as none', () => {
    const filePath = path.join(dir, 'damaged.json');
    nodeFs.writeFileSync(filePath, '{"version":1,"bounds":');
    expect(createWindowStateStore(nodeFs, filePath).load()).toBeNull();
  });

  it('shrugs off a failed save', () => {
    const store = createWindowStateStore(nodeFs, path.join(dir, 'no-such-folder', 'window-state.json'));
    expect(() => store.save(state(0, 0))).not.toThrow();
  });
});
