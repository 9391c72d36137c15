// Starts Factcheck Desk: one sandboxed window over app://, the menu, the IPC handlers, and one running instance at a time.
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { FileDialogs } from './file-dialogs';
import { createInvokeHandlers, registerInvokeHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { appScheme, registerAppProtocol } from './protocol';
import { APP_ENTRY_URL, trustedDevServerUrl } from './security';
import { applyWebContentsPolicy, createMainWindowOptions, denyAllPermissions } from './window-policy';

// Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/.
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(mainDir, '../preload/index.cjs');
const rendererRoot = path.join(mainDir, '../renderer');
const devServerUrl = trustedDevServerUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(createMainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    dialog.showErrorBox('Factcheck Desk could not start', `Its pages could not be loaded: ${String(error)}`);
    app.quit();
  });
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Dialogs are modal to the app window when there is one. */
const dialogs: FileDialogs = {
  showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
  showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
};

function start(): void {
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(protocol, rendererRoot, (filePath) => fs.readFile(filePath));
  const handlers = createInvokeHandlers({
    dialogs,
    fs,
    shell,
    appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
  });
  registerInvokeHandlers(ipcMain, handlers, devServerUrl);
  const template = buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, send: sendMenuCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  mainWindow = createMainWindow();
}

// Both must happen before the app is ready.
protocol.registerSchemesAsPrivileged([appScheme]);
app.enableSandbox();

// Every web contents, present or future, gets the navigation, new-window and webview rules.
app.on('web-contents-created', (_event, contents) => {
  applyWebContentsPolicy(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Factcheck Desk could not start', String(error));
      app.quit();
    });
}
