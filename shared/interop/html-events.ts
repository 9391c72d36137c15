/**
 * Walks an untrusted HTML fragment as a stream of open tags, close tags and text with htmlparser2's
 * tokenizer (linear, no recursion, entities decoded, quoted attributes that hold `<` or `>` read as
 * attributes), skipping the content of elements whose text is never shown: scripts, styles, templates.
 */
import { Parser } from 'htmlparser2';

export interface HtmlEvents {
  open(tag: string, attributes: Readonly<Record<string, string>>): void;
  close(tag: string): void;
  text(text: string): void;
}

/** Elements whose content is dropped with them. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'textarea', 'title']);

/** Calls `events` for each tag and text of `html`, in order; tags are lower case, every opened tag is closed. */
export function walkHtml(html: string, events: HtmlEvents): void {
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hidden += 1;
        else if (hidden === 0) events.open(name, attributes);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (hidden === 0) events.close(name);
      },
      ontext(text) {
        if (hidden === 0) events.text(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
}
