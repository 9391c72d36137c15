// The application menu: what each menu shows, its shortcuts, and which command the File items send to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { menuCommands } from '../../../shared/ipc/contract';
import type { MenuOptions } from '../../../electron/main/menu';
import { buildMenuTemplate } from '../../../electron/main/menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, send, ...overrides });
  return { template, send };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

/** How an item reads in the menu: its label, its role, or a separator. */
function describeItem(item: MenuItemConstructorOptions): string {
  if (item.type === 'separator') return '---';
  return item.label ?? item.role ?? '?';
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error('item has no click handler');
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('shows File, Edit, View and Help on Windows and Linux', () => {
    expect(build().template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('puts the application menu first on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.slice(1).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('lists the file commands, a separator and Quit in the File menu', () => {
    expect(submenuOf(build().template, 'File').map(describeItem)).toEqual([
      'Open article…',
      'Import bundle…',
      'Export bundle…',
      '---',
      'quit',
    ]);
  });

  it('ends the macOS File menu with Close Window, since Quit lives in the application menu', () => {
    expect(submenuOf(build({ platform: 'darwin' }).template, 'File').at(-1)).toEqual({ role: 'close' });
  });

  it.each([
    ['Open article…', 'CmdOrCtrl+O', 'open-article'],
    ['Import bundle…', 'CmdOrCtrl+I', 'import-bundle'],
    ['Export bundle…', 'CmdOrCtrl+E', 'export-bundle'],
  ] as const)('%s has the shortcut %s and sends %s', (label, accelerator, command) => {
    const { template, send } = build();
    const item = submenuOf(template, 'File').find((entry) => entry.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('sends only commands the renderer knows', () => {
    const { template, send } = build();
    for (const item of submenuOf(template, 'File')) if (item.click) click(item);
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...menuCommands].sort());
  });

  it('offers the standard editing roles', () => {
    expect(submenuOf(build().template, 'Edit').map(describeItem)).toEqual([
      'undo',
      'redo',
      '---',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      '---',
      'selectAll',
    ]);
  });

  it('hides developer tools in a packaged app', () => {
    expect(submenuOf(build({ isPackaged: true }).template, 'View').map(describeItem)).toEqual([
      'reload',
      '---',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      '---',
      'togglefullscreen',
    ]);
  });

  it('offers developer tools in development', () => {
    expect(submenuOf(build({ isPackaged: false }).template, 'View').map(describeItem)).toContain('toggleDevTools');
  });

  it('has an About item in Help', () => {
    expect(submenuOf(build().template, 'Help')).toEqual([{ label: 'About Factcheck Desk', role: 'about' }]);
  });
});
