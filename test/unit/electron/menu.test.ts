// The application menu: what each menu shows, its shortcuts, and which command the File items send to the renderer.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { menuCommands } from '../../../shared/ipc/channels';
import type { MenuOptions } from '../../../electron/main/menu';
import { buildMenuTemplate } from '../../../electron/main/menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const showAbout = vi.fn();
  const showBackupsFolder = vi.fn();
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    send,
    showAbout,
    showBackupsFolder,
    ...overrides,
  });
  return { template, send, showAbout, showBackupsFolder };
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

  it('lists the file commands, Export as, the backups and Quit in the File menu', () => {
    expect(submenuOf(build().template, 'File').map(describeItem)).toEqual([
      'Open article…',
      '---',
      'Import bundle…',
      'Import annotations…',
      '---',
      'Export bundle…',
      'Export as',
      '---',
      'Backups…',
      'Show Backups Folder',
      '---',
      'quit',
    ]);
  });

  it('offers every export format under File > Export as', () => {
    const exportAs = submenuOf(submenuOf(build().template, 'File'), 'Export as');
    expect(exportAs.map(describeItem)).toEqual([
      'W3C Web Annotations…',
      'W3C Web Annotations (list)…',
      'Hypothesis (JSON)…',
      'ClaimReview (schema.org)…',
      'Spreadsheet (CSV)…',
      'HTML report…',
      'Markdown report…',
      'PDF report…',
    ]);
  });

  it('offers Open Recent with Clear Menu on macOS only', () => {
    const file = submenuOf(build({ platform: 'darwin' }).template, 'File');
    expect(file.find((item) => item.role === 'recentDocuments')).toEqual({
      label: 'Open Recent',
      role: 'recentDocuments',
      submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }],
    });
    expect(
      submenuOf(build({ platform: 'win32' }).template, 'File').some((item) => item.role === 'recentDocuments'),
    ).toBe(false);
  });

  it('opens the backups folder from the File menu', () => {
    const { template, showBackupsFolder, send } = build();
    click(submenuOf(template, 'File').find((item) => item.label === 'Show Backups Folder'));
    expect(showBackupsFolder).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
  });

  it('ends the macOS File menu with Close Window, since Quit lives in the application menu', () => {
    expect(submenuOf(build({ platform: 'darwin' }).template, 'File').at(-1)).toEqual({ role: 'close' });
  });

  it.each([
    [['Open article…'], 'CmdOrCtrl+O', 'open-article'],
    [['Import bundle…'], 'CmdOrCtrl+I', 'import-bundle'],
    [['Import annotations…'], 'CmdOrCtrl+Alt+I', 'import-annotations'],
    [['Export bundle…'], 'CmdOrCtrl+E', 'export-bundle'],
    [['Export as', 'W3C Web Annotations…'], undefined, 'export-w3c'],
    [['Export as', 'W3C Web Annotations (list)…'], undefined, 'export-w3c-list'],
    [['Export as', 'Hypothesis (JSON)…'], undefined, 'export-hypothesis'],
    [['Export as', 'ClaimReview (schema.org)…'], undefined, 'export-claimreview'],
    [['Export as', 'Spreadsheet (CSV)…'], undefined, 'export-csv'],
    [['Export as', 'HTML report…'], undefined, 'export-html'],
    [['Export as', 'Markdown report…'], undefined, 'export-md'],
    [['Export as', 'PDF report…'], 'CmdOrCtrl+P', 'export-pdf'],
    [['Backups…'], 'CmdOrCtrl+Alt+B', 'show-backups'],
  ] as const)('File > %j has the shortcut %s and sends %s', (labels, accelerator, command) => {
    const { template, send } = build();
    let items = submenuOf(template, 'File');
    for (const label of labels.slice(0, -1)) items = submenuOf(items, label);
    const item = items.find((entry) => entry.label === labels.at(-1));
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('sends every command of the contract, each from one item, and nothing else', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template, send } = build({ platform });
      const walk = (items: MenuItemConstructorOptions[]): void => {
        for (const item of items) {
          if (item.click && item.label !== 'Show Backups Folder' && item.label !== 'About Factcheck Desk') click(item);
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(template);
      expect(send.mock.calls.map(([command]) => command).sort(), platform).toEqual([...menuCommands].sort());
    }
  });

  it('leaves the shortcuts of the standard roles and of the page (Ctrl+Shift+M, Ctrl+Z) alone', () => {
    const taken = [
      'CmdOrCtrl+Shift+I',
      'CmdOrCtrl+R',
      'CmdOrCtrl+Shift+R',
      'CmdOrCtrl+0',
      'CmdOrCtrl+Plus',
      'CmdOrCtrl+-',
      'CmdOrCtrl+Z',
      'CmdOrCtrl+Shift+Z',
      'CmdOrCtrl+Shift+M',
      'CmdOrCtrl+A',
      'CmdOrCtrl+C',
      'CmdOrCtrl+V',
      'CmdOrCtrl+X',
      'CmdOrCtrl+Q',
      'CmdOrCtrl+W',
    ];
    const used: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.accelerator) used.push(String(item.accelerator));
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(build().template);
    expect(used.filter((accelerator) => taken.includes(accelerator))).toEqual([]);
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

  it.each(['linux', 'win32'] as const)('shows our About box from Help on %s', (platform) => {
    const { template, showAbout } = build({ platform });
    const help = submenuOf(template, 'Help');
    expect(help.map(describeItem)).toEqual(['About Factcheck Desk']);
    click(help[0]);
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('leaves About to the application menu on macOS', () => {
    expect(submenuOf(build({ platform: 'darwin' }).template, 'Help')).toEqual([]);
  });

  it('gives every item with a label either a role, a submenu or a click handler', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const walk = (items: MenuItemConstructorOptions[]): void => {
        for (const item of items) {
          if (item.type === 'separator') continue;
          expect(item.role ?? item.click ?? item.submenu, `${platform}: ${describeItem(item)}`).toBeDefined();
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(build({ platform }).template);
    }
  });

  it('gives no two items of the whole bar the same shortcut', () => {
    const accelerators: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const item of items) {
        if (item.accelerator) accelerators.push(String(item.accelerator));
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(build().template);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
