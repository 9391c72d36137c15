/**
 * A fast check of a rationale's rich text, accepting only what richTextSchema accepts (a property test
 * holds them together). The schema is recursive (a node holds nodes), and zod guards a recursive schema
 * against reference cycles by remembering every object it visits in each parse: for a large bundle that
 * bookkeeping costs more than the rest of the claim. A file's JSON has no cycles, so this walks it plainly.
 * When this says no, the schema decides and gives the messages.
 */
import { richNodeTypes } from '../richtext/schema';
import { isHttpUrl } from '../model/url';

const NODE_TYPES: ReadonlySet<string> = new Set(richNodeTypes);
const MAX_TEXT = 100_000;
const MAX_MARKS = 10;
const MAX_CONTENT = 10_000;
const MAX_URL = 4096;
/** Deeper trees are left to the schema (JSON read by the app is never nested this deep). */
const MAX_NESTING = 100;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Record<string, unknown>, allowed: (key: string) => boolean): boolean {
  for (const key in value) if (!allowed(key)) return false;
  return true;
}

const isTypeKey = (key: string) => key === 'type';
const isLinkKey = (key: string) => key === 'type' || key === 'attrs';
const isHrefKey = (key: string) => key === 'href';
const isStartKey = (key: string) => key === 'start';
const isDocKey = (key: string) => key === 'type' || key === 'content';
const isNodeKey = (key: string) =>
  key === 'type' || key === 'text' || key === 'marks' || key === 'attrs' || key === 'content';

function isMark(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const type = value['type'];
  if (type === 'bold' || type === 'italic') return onlyKeys(value, isTypeKey);
  if (type !== 'link' || !onlyKeys(value, isLinkKey)) return false;
  const attrs = value['attrs'];
  if (!isPlainObject(attrs) || !onlyKeys(attrs, isHrefKey)) return false;
  const href = attrs['href'];
  return typeof href === 'string' && href.length <= MAX_URL && isHttpUrl(href);
}

function isContent(value: unknown, depth: number): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > MAX_CONTENT || depth > MAX_NESTING) return false;
  for (let index = 0; index < value.length; index += 1) if (!isNode(value[index], depth + 1)) return false;
  return true;
}

function isNode(value: unknown, depth: number): boolean {
  if (!isPlainObject(value) || !onlyKeys(value, isNodeKey)) return false;
  const { type, text, marks, attrs, content } = value;
  if (typeof type !== 'string' || !NODE_TYPES.has(type)) return false;
  if (text !== undefined && (typeof text !== 'string' || text.length > MAX_TEXT)) return false;
  if (marks !== undefined && !(Array.isArray(marks) && marks.length <= MAX_MARKS && marks.every(isMark))) return false;
  if (attrs !== undefined) {
    if (!isPlainObject(attrs) || !onlyKeys(attrs, isStartKey)) return false;
    const start = attrs['start'];
    if (start !== undefined && !(typeof start === 'number' && Number.isSafeInteger(start) && start >= 0)) return false;
  }
  return isContent(content, depth);
}

/** Whether `value` is rich text richTextSchema accepts; false may also mean "ask the schema". */
export function isRichText(value: unknown): boolean {
  if (!isPlainObject(value) || !onlyKeys(value, isDocKey)) return false;
  return value['type'] === 'doc' && isContent(value['content'], 0);
}
