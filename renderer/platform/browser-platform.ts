/** The web host: files are picked with a file input and saved as downloads. */
import { downloadType, OPEN_FORMATS, SAVE_FORMATS, type OpenPurpose } from '../../shared/formats/file-formats';
import type { OpenedFile } from '../../shared/ipc/channels';
import { isHttpUrl } from '../../shared';
import type { Platform } from './platform';

/** What the file input accepts for a purpose: its extensions and MIME types. */
function acceptFor(purpose: OpenPurpose): string {
  const { extensions, mimeTypes } = OPEN_FORMATS[purpose];
  return [...extensions.map((extension) => `.${extension}`), ...mimeTypes].join(',');
}

function pickFile(purpose: OpenPurpose): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptFor(purpose);
    input.hidden = true;
    input.dataset['purpose'] = purpose;
    const cleanUp = () => input.remove();
    input.addEventListener('cancel', () => {
      cleanUp();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      cleanUp();
      if (!file) {
        resolve(null);
        return;
      }
      file.text().then((content) => resolve({ name: file.name, content, byteLength: file.size }), reject);
    });
    document.body.append(input);
    input.click();
  });
}

export const browserPlatform: Platform = {
  kind: 'web',
  openFile: pickFile,
  async saveFile(purpose, suggestedName, content) {
    const url = URL.createObjectURL(new Blob([content], { type: downloadType(SAVE_FORMATS[purpose]) }));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { name: suggestedName };
  },
  // A page cannot write a PDF; the HTML report it downloads prints to PDF from the browser.
  saveReportPdf: null,
  async openExternal(url) {
    if (!isHttpUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  onMenuCommand() {
    return () => undefined;
  },
  onFileOpened() {
    return () => undefined;
  },
  backups: null,
};
