/** Reads and writes the files the CLI works on, turning every file-system failure into a sentence. */
import { randomUUID } from 'node:crypto';
import { rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** What an fs error means to a person, without the errno noise or a stack. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a regular file of at most `maxBytes`; folders, devices and oversized files are refused before reading. */
export async function readFileLimited(
  path: string,
  maxBytes: number,
  maxLabel = megabytes(maxBytes),
): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: 'it is a folder, not a file' };
    if (!info.isFile()) return { ok: false, message: 'it is not a regular file' };
    if (info.size > maxBytes)
      return { ok: false, message: `the file is ${megabytes(info.size)}; files of up to ${maxLabel} are read` };
    const bytes = await readFile(path);
    if (bytes.byteLength > maxBytes) return { ok: false, message: `the file is larger than ${maxLabel}` };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
}

/** Decodes UTF-8 text, refusing binary files (NUL bytes) and invalid UTF-8 rather than guessing. A leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { ok: false, message: 'the file is binary, not text (it holds NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text' };
  }
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename over the target. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
