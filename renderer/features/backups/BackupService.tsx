/** Mounted once in the app shell: runs the backups, asks for persistent storage, and imports the files the OS asks the desktop app to open. */
import { useOpenedFiles } from '../desktop-files/use-opened-files';
import { useBackups } from './use-backups';

export function BackupService() {
  useBackups();
  useOpenedFiles();
  return null;
}
