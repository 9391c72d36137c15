// Builds the application menu template; File commands go to the renderer through an injected `send`, native actions to injected callbacks.
import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_CHOICES, exportChoices } from '../../shared/formats/file-formats';
import type { MenuCommand } from '../../shared/ipc/channels';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in unpackaged (development) builds. */
  isPackaged: boolean;
  /** Delivers a command to the focused window's renderer on MENU_COMMAND_CHANNEL. */
  send(command: MenuCommand): void;
  /** Shows the About box (Help > About on Windows and Linux; macOS uses the native panel of the app menu). */
  showAbout(): void;
  /** Opens the folder that holds the library's backups in the file manager. */
  showBackupsFolder(): void;
}

function commandItem(
  label: string,
  accelerator: string | null,
  command: MenuCommand,
  send: MenuOptions['send'],
): MenuItemConstructorOptions {
  return accelerator === null
    ? { label, click: () => send(command) }
    : { label, accelerator, click: () => send(command) };
}

/** File > Export as: one item per choice of the Export as… dialog, which each opens with that choice made. */
function exportAsMenu(send: MenuOptions['send']): MenuItemConstructorOptions {
  return {
    label: 'Export as',
    submenu: exportChoices.map((choice) => {
      const { menuLabel, accelerator } = EXPORT_CHOICES[choice];
      return commandItem(menuLabel, accelerator ?? null, `export-${choice}`, send);
    }),
  };
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { send } = options;
  return {
    label: 'File',
    submenu: [
      commandItem('Open article…', 'CmdOrCtrl+O', 'open-article', send),
      // Only macOS keeps a menu of recent documents; Windows shows them in the taskbar jump list.
      ...(options.platform === 'darwin'
        ? [
            {
              label: 'Open Recent',
              role: 'recentDocuments',
              submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }],
            } satisfies MenuItemConstructorOptions,
          ]
        : []),
      { type: 'separator' },
      commandItem('Import bundle…', 'CmdOrCtrl+I', 'import-bundle', send),
      commandItem('Import annotations…', 'CmdOrCtrl+Alt+I', 'import-annotations', send),
      { type: 'separator' },
      commandItem('Export bundle…', 'CmdOrCtrl+E', 'export-bundle', send),
      exportAsMenu(send),
      { type: 'separator' },
      commandItem('Backups…', 'CmdOrCtrl+Alt+B', 'show-backups', send),
      { label: 'Show Backups Folder', click: () => options.showBackupsFolder() },
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

function helpMenu(options: MenuOptions): MenuItemConstructorOptions {
  // macOS has About in the application menu; elsewhere it lives in Help and shows our own box with the version.
  const about: MenuItemConstructorOptions[] =
    options.platform === 'darwin' ? [] : [{ label: 'About Factcheck Desk', click: () => options.showAbout() }];
  return { label: 'Help', role: 'help', submenu: about };
}

/**
 * The whole menu bar: File, Edit, View and Help, preceded on macOS by the application menu (which
 * holds Quit there). Pure, so the labels, shortcuts and commands can be checked without Electron.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu(options), editMenu, viewMenu(options), helpMenu(options)];
}
