// Builds the application menu template; File commands are forwarded to the renderer through an injected `send`.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in unpackaged (development) builds. */
  isPackaged: boolean;
  /** Delivers a command to the focused window's renderer on MENU_COMMAND_CHANNEL. */
  send(command: MenuCommand): void;
}

function commandItem(label: string, accelerator: string, command: MenuCommand, send: MenuOptions['send']): MenuItemConstructorOptions {
  return { label, accelerator, click: () => send(command) };
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { send } = options;
  return {
    label: 'File',
    submenu: [
      commandItem('Open article…', 'CmdOrCtrl+O', 'open-article', send),
      commandItem('Import bundle…', 'CmdOrCtrl+I', 'import-bundle', send),
      commandItem('Export bundle…', 'CmdOrCtrl+E', 'export-bundle', send),
      { type: 'separator' },
      // On macOS Quit lives in the application menu; File ends with Close Window as the platform expects.
      options.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'pasteAndMatchStyle' },
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ],
};

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged ? [] : [{ role: 'toggleDevTools' }];
  return {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...developerItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

const helpMenu: MenuItemConstructorOptions = {
  label: 'Help',
  role: 'help',
  submenu: [{ label: 'About Factcheck Desk', role: 'about' }],
};

/**
 * The whole menu bar: File, Edit, View and Help, preceded on macOS by the application menu (which
 * holds Quit there). Pure, so the labels, shortcuts and commands can be checked without Electron.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu(options), editMenu, viewMenu(options), helpMenu];
}
