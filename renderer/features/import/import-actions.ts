/** The import flows: a file from the open dialog or a drop, or a paste, becomes a draft, then a document once boilerplate is decided. */
import type { Analyst } from '../../../shared';
import type { OpenedFile } from '../../../shared/ipc/channels';
import {
  ArticleImportError,
  boilerplateBlocks,
  draftBlocks,
  draftFromFile,
  draftFromPaste,
  problemWithBytes,
  sizeProblem,
  type ArticleDraft,
  type PastedArticle,
} from '../../../shared/import';
import { db } from '../../db/database';
import { addBlocks } from '../../db/documents';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { browserHtmlHost } from './html-host';

function notifyError(text: string): void {
  useUiStore.getState().notify(text, { tone: 'error' });
}

function reportFailure(source: string, error: unknown): void {
  if (error instanceof ArticleImportError) notifyError(`${source}: ${error.message} Nothing was added.`);
  else
    notifyError(
      `${source} could not be imported: ${error instanceof Error ? error.message : String(error)} Nothing was added.`,
    );
}

/** Lets the browser paint (a notice, the overlay going away) before a long synchronous parse. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Adds the draft now, or first asks about trailing boilerplate when some was found. */
async function offerDraft(draft: ArticleDraft, source: string, analyst: Analyst): Promise<void> {
  if (draft.boilerplateFrom !== null) useUiStore.getState().reviewDraft({ draft, source });
  else await commitDraft(draft, false, analyst);
}

/** Adds the draft as a document (without its trailing boilerplate when the analyst chose so) and opens it. */
export async function commitDraft(draft: ArticleDraft, removeBoilerplate: boolean, analyst: Analyst): Promise<void> {
  try {
    const blocks = draftBlocks(draft, removeBoilerplate);
    const { document, existed, restored } = await addBlocks(db, blocks, draft.metadata, analyst);
    useUiStore.getState().openDocument(document.id);
    const removed = removeBoilerplate ? boilerplateBlocks(draft).length : 0;
    const note =
      removed > 0 ? ` Removed ${removed} trailing paragraph${removed === 1 ? '' : 's'} of site boilerplate.` : '';
    const message = restored
      ? `This article was in the trash: restored “${document.title}”.`
      : existed
        ? `This article is already in the library: opened “${document.title}”.`
        : `Added “${document.title}”.${note}`;
    useUiStore.getState().notify(message);
  } catch (error) {
    reportFailure(`“${draft.metadata.title}”`, error);
  }
}

/** Open article… : a .txt, .md or .html file picked in the open dialog. */
export async function openArticleFile(analyst: Analyst): Promise<void> {
  try {
    const file = await platform.openFile('article');
    if (file) await importOpenedArticle(file, analyst);
  } catch (error) {
    reportFailure('The article', error);
  }
}

/** An article file the host already read (the open dialog, or a file the OS asked the desktop app to open). */
export async function importOpenedArticle(file: OpenedFile, analyst: Analyst): Promise<void> {
  try {
    await nextFrame();
    await offerDraft(draftFromFile(file, browserHtmlHost()), file.name, analyst);
  } catch (error) {
    reportFailure(`“${file.name}”`, error);
  }
}

/** A file dropped onto the window: its bytes are checked (size, binary, encoding) before anything is parsed. */
export async function importDroppedFile(file: File, analyst: Analyst): Promise<void> {
  const name = `“${file.name}”`;
  try {
    const tooLarge = sizeProblem(file.size);
    if (tooLarge !== null) throw new ArticleImportError(tooLarge);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problem = problemWithBytes(bytes);
    if (problem !== null) throw new ArticleImportError(problem);
    const content = new TextDecoder('utf-8').decode(bytes);
    await nextFrame();
    await offerDraft(
      draftFromFile({ name: file.name, content, byteLength: bytes.byteLength }, browserHtmlHost()),
      file.name,
      analyst,
    );
  } catch (error) {
    reportFailure(name, error);
  }
}

/** Pasted content: the page's HTML when the clipboard has it (structure and links kept), else its text. */
export async function importPaste(paste: PastedArticle, analyst: Analyst): Promise<boolean> {
  try {
    await offerDraft(draftFromPaste(paste, browserHtmlHost()), 'the pasted text', analyst);
    return true;
  } catch (error) {
    reportFailure('The pasted text', error);
    return false;
  }
}
