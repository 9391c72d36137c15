// Starts Factcheck Desk: one sandboxed window over app://, the menu, the IPC handlers, backups, files from the OS, one instance at a time.
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { FILE_OPENED_CHANNEL, MENU_COMMAND_CHANNEL } from '../../shared/ipc/channels';
import type { MenuCommand } from '../../shared/ipc/channels';
import { aboutBoxOptions, aboutPanelOptions } from './about';
import type { AboutFacts } from './about';
import { createBackupStore } from './backups';
import type { FileDialogs, RecentDocuments } from './file-dialogs';
import { createInvokeHandlers, registerInvokeHandlers } from './ipc';
import { openMainWindow } from './main-window';
import type { MainWindow } from './main-window';
import { buildMenuTemplate } from './menu';
import { bundlePathsFromArgv, createOpenFileQueue } from './open-files';
import { appScheme, registerAppProtocol } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createReportPdfSaver, createReportWindow, REPORT_PARTITION } from './report-pdf';
import { APP_ENTRY_URL, trustedDevServerUrl } from './security';
import { applyPermissionPolicy, applyWebContentsPolicy } from './window-policy';
import { createWindowStateStore } from './window-state';

// Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/.
const mainDir = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(mainDir, '../preload/index.cjs');
const rendererRoot = path.join(mainDir, '../renderer');
const devServerUrl = trustedDevServerUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const isDefaultApp = process.defaultApp === true;
/** The appId of electron-builder.yml. */
const APP_ID = 'org.factcheckdesk.app';

let main: MainWindow | null = null;

const recentDocuments: RecentDocuments = { add: (filePath) => app.addRecentDocument(filePath) };
const openFiles = createOpenFileQueue({
  fs,
  recentDocuments,
  notify: () => main?.window.webContents.send(FILE_OPENED_CHANNEL),
});

function showStartupError(error: unknown): void {
  dialog.showErrorBox('Factcheck Desk could not start', `Its pages could not be loaded: ${String(error)}`);
  app.quit();
}

function createWindow(): MainWindow {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const opened = openMainWindow({
    preloadPath,
    url: devServerUrl ?? APP_ENTRY_URL,
    stateStore: createWindowStateStore(
      { readFileSync, writeFileSync, renameSync },
      path.join(userData, 'window-state.json'),
    ),
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    onLoadFailed: showStartupError,
  });
  opened.window.on('closed', () => {
    if (main === opened) main = null;
  });
  return opened;
}

function focusMainWindow(): void {
  if (main === null) {
    if (app.isReady()) main = createWindow();
    return;
  }
  if (main.window.isMinimized()) main.window.restore();
  main.window.show();
  main.window.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  // The menu goes to the app window, never to a hidden report window that is being printed.
  const target = main?.window;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Dialogs are modal to the app window when there is one. */
const dialogs: FileDialogs = {
  showOpenDialog: (options) => (main ? dialog.showOpenDialog(main.window, options) : dialog.showOpenDialog(options)),
  showSaveDialog: (options) => (main ? dialog.showSaveDialog(main.window, options) : dialog.showSaveDialog(options)),
};

function start(): void {
  applyPermissionPolicy(session.defaultSession, devServerUrl);
  registerAppProtocol(protocol, rendererRoot, (filePath) => fs.readFile(filePath));
  const backups = createBackupStore({ fs, dir: path.join(app.getPath('userData'), 'backups') });
  const aboutFacts: AboutFacts = {
    version: app.getVersion(),
    versions: process.versions,
    platform: process.platform,
    arch: process.arch,
  };
  app.setAboutPanelOptions(aboutPanelOptions(aboutFacts));
  const handlers = createInvokeHandlers({
    dialogs,
    fs,
    shell,
    recentDocuments,
    appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
    openFiles,
    backups,
    backupFlushed: () => main?.closeGuard.flushed(),
    saveReportPdf: createReportPdfSaver({
      dialogs,
      fs,
      // The resolved path, so the report page's file: URL matches what Chromium reports (macOS links /tmp).
      tempDir: realpathSync(os.tmpdir()),
      openWindow: () => createReportWindow(BrowserWindow),
      session: session.fromPartition(REPORT_PARTITION),
    }),
  });
  registerInvokeHandlers(ipcMain, handlers, devServerUrl);
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    send: sendMenuCommand,
    showAbout: () => {
      const options = aboutBoxOptions(aboutFacts);
      void (main ? dialog.showMessageBox(main.window, options) : dialog.showMessageBox(options));
    },
    showBackupsFolder: () => {
      fs.mkdir(backups.dir, { recursive: true })
        .then(() => shell.openPath(backups.dir))
        .catch(() => undefined);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  main = createWindow();
}

// These must happen before the app is ready.
protocol.registerSchemesAsPrivileged([appScheme]);
app.enableSandbox();
// Windows ties the taskbar entry, its jump list of recent bundles and the installer's shortcuts to the app id.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
// Tests of an unpackaged build keep their library, backups and window state in a folder of their own.
const testUserData = app.isPackaged ? undefined : process.env['FACTCHECK_DESK_USER_DATA'];
if (testUserData) app.setPath('userData', path.resolve(testUserData));

// Every web contents, present or future, gets the navigation, new-window and webview rules.
app.on('web-contents-created', (_event, contents) => {
  // prettier-ignore
  applyWebContentsPolicy(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) }); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- only URLs that pass isSafeExternalUrl reach it (window-policy.ts) */
});

const firstInstance = claimSingleInstance(app, {
  isDefaultApp,
  // The command line of a second launch.
  openFiles: (argv, layout) => openFiles.add(bundlePathsFromArgv(argv, layout)),
  focus: focusMainWindow,
});
if (firstInstance) {
  // A file named on our own command line, then any the OS sends later: macOS open-file (which can fire
  // before ready, so it is registered now).
  openFiles.add(bundlePathsFromArgv(process.argv, { cwd: process.cwd(), isDefaultApp }));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles.add([filePath]);
    focusMainWindow();
  });
  // Quitting waits, like closing the window, for the renderer's last backup.
  app.on('before-quit', (event) => {
    const current = main;
    if (current !== null) current.closeGuard.intercept(event, () => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) main = createWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Factcheck Desk could not start', String(error));
      app.quit();
    });
}
