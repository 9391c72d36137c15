// Remembers the window's size, position and maximised state in a small JSON file, and ignores places no display shows any more.
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Window sizes the app opens with and never goes below (see createMainWindow). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** How much of the window's top edge must lie on a display for the title bar to be grabbed: the rule for "visible". */
const TITLE_BAR = { height: 32, minVisibleWidth: 120, minVisibleHeight: 16 } as const;

const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const length = z.number().int().min(1).max(1_000_000);
const stateSchema = z.strictObject({
  version: z.literal(1),
  bounds: z.strictObject({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** The saved state, or null when the file is missing, not JSON, or not exactly the shape we write. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stateSchema.safeParse(data);
  return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
}

export function serialiseWindowState(state: WindowState): string {
  return `${JSON.stringify({ version: 1, bounds: state.bounds, maximized: state.maximized }, null, 2)}\n`;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where to reopen the window: the saved bounds (grown to the minimum size) when enough of their title
 * bar lies on the work area of one of today's displays, else null, so a window saved on a monitor that
 * has since been unplugged opens at the default size on the primary display instead of out of sight.
 */
export function placeWindow(state: WindowState | null, workAreas: readonly Rectangle[]): WindowState | null {
  if (state === null) return null;
  const bounds = {
    ...state.bounds,
    width: Math.max(state.bounds.width, MIN_WINDOW_SIZE.width),
    height: Math.max(state.bounds.height, MIN_WINDOW_SIZE.height),
  };
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR.height };
  const visible = workAreas.some((area) => {
    const shown = overlap(titleBar, area);
    return shown.width >= TITLE_BAR.minVisibleWidth && shown.height >= TITLE_BAR.minVisibleHeight;
  });
  return visible ? { bounds, maximized: state.maximized } : null;
}

/** The synchronous file calls the store uses (node:fs fits): the file is tiny and is saved as the window closes. */
export interface WindowStateFiles {
  readFileSync(filePath: string, encoding: 'utf8'): string;
  writeFileSync(filePath: string, data: string, options: { encoding: 'utf8' }): void;
  renameSync(from: string, to: string): void;
}

/** Reads and writes the state file; a missing, unreadable or damaged file is the same as none. */
export function createWindowStateStore(files: WindowStateFiles, filePath: string) {
  return {
    load(): WindowState | null {
      try {
        return parseWindowState(files.readFileSync(filePath, 'utf8'));
      } catch {
        return null;
      }
    },
    /** Saves through a temporary file so a crash mid-write never leaves half a file; failures are ignored (it is only a convenience). */
    save(state: WindowState): void {
      const temporary = `${filePath}.tmp`;
      try {
        files.writeFileSync(temporary, serialiseWindowState(state), { encoding: 'utf8' });
        files.renameSync(temporary, filePath);
      } catch {
        // The next close tries again.
      }
    },
  };
}

export type WindowStateStore = ReturnType<typeof createWindowStateStore>;
