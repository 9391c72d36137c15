// One instance of the desktop app: a second launch quits at once and its files open in the first,
// whose window comes to the front; so one renderer ever writes the library.
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type InstanceApp } from '../../../electron/main/single-instance';

function fakeApp(lockFree: boolean) {
  let secondInstance: ((event: unknown, argv: string[], workingDirectory: string) => void) | null = null;
  const quit = vi.fn<() => void>();
  const app: InstanceApp & { quit: typeof quit } = {
    requestSingleInstanceLock: () => lockFree,
    quit,
    on: (_event, listener) => {
      secondInstance = listener;
    },
  };
  return { app, launchAgain: (argv: string[], cwd: string) => secondInstance?.({}, argv, cwd) };
}

describe('the single-instance lock', () => {
  it('quits a second instance before it opens a window or touches the library', () => {
    const { app } = fakeApp(false);
    const openFiles = vi.fn();
    const focus = vi.fn();
    expect(claimSingleInstance(app, { isDefaultApp: false, openFiles, focus })).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(openFiles).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
  });

  it('opens the files of a later launch in the first instance and brings its window forward', () => {
    const { app, launchAgain } = fakeApp(true);
    const openFiles = vi.fn();
    const focus = vi.fn();
    expect(claimSingleInstance(app, { isDefaultApp: true, openFiles, focus })).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    launchAgain(['electron', '.', 'team.factcheck.json'], '/home/ana/Documents');
    expect(openFiles).toHaveBeenCalledWith(['electron', '.', 'team.factcheck.json'], {
      cwd: '/home/ana/Documents',
      isDefaultApp: true,
    });
    expect(focus).toHaveBeenCalledOnce();
  });
});
