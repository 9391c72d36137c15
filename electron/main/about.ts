// The About box: the app's name and version with the runtime versions a bug report needs, for the native panel and a message box.
import type { AboutPanelOptionsOptions, MessageBoxOptions } from 'electron';

export const PRODUCT_NAME = 'Factcheck Desk';
const COPYRIGHT = 'Copyright © Factcheck Desk contributors';

export interface AboutFacts {
  version: string;
  /** process.versions: electron, chrome and node. */
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>;
  platform: string;
  arch: string;
}

function runtimeLines(facts: AboutFacts): string[] {
  const { electron, chrome, node } = facts.versions;
  return [
    ...(electron ? [`Electron ${electron}`] : []),
    ...(chrome ? [`Chromium ${chrome}`] : []),
    ...(node ? [`Node.js ${node}`] : []),
    `${facts.platform} ${facts.arch}`,
  ];
}

/** Options for app.setAboutPanelOptions (the native panel macOS and Linux show for the 'about' role). */
export function aboutPanelOptions(facts: AboutFacts): AboutPanelOptionsOptions {
  return {
    applicationName: PRODUCT_NAME,
    applicationVersion: facts.version,
    version: facts.versions.electron ? `Electron ${facts.versions.electron}` : '',
    copyright: COPYRIGHT,
    credits: 'Mark claims in news articles, link evidence and verdicts, and share the work as files.',
  };
}

/** The message box Help > About shows on Windows and Linux: the version first, then what it runs on. */
export function aboutBoxOptions(facts: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${facts.version}`,
    detail: [...runtimeLines(facts), '', 'Everything you write stays on this computer.', COPYRIGHT].join('\n'),
    buttons: ['OK'],
    defaultId: 0,
    noLink: true,
  };
}
