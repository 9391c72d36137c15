/**
 * Links in the read-only article: drawn from the document's link marks (http(s) only), never followed
 * inside the app. A plain click stays a click on the article (it picks the claim under the pointer);
 * Ctrl+click or Cmd+click opens the link in the system browser through the platform's vetted path.
 */
import Link from '@tiptap/extension-link';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isHttpUrl } from '../../../../shared';
import { platform } from '../../../platform';

export const articleLinksKey = new PluginKey('articleLinks');

/** The link element a click landed on inside the editor, or null. */
function clickedLink(target: EventTarget | null, root: HTMLElement): HTMLAnchorElement | null {
  const anchor = target instanceof Element ? target.closest('a') : null;
  return anchor && root.contains(anchor) ? anchor : null;
}

export const ArticleLinks = Link.extend({
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: articleLinksKey,
        props: {
          handleDOMEvents: {
            click(view, event) {
              const anchor = clickedLink(event.target, view.dom);
              if (!anchor) return false;
              // Never let the page itself navigate away from the app.
              event.preventDefault();
              const href = anchor.getAttribute('href') ?? '';
              if ((event.ctrlKey || event.metaKey) && isHttpUrl(href)) void platform.openExternal(href);
              return false;
            },
            auxclick(view, event) {
              if (clickedLink(event.target, view.dom)) event.preventDefault();
              return false;
            },
          },
        },
      }),
    ];
  },
}).configure({
  openOnClick: false,
  enableClickSelection: false,
  autolink: false,
  linkOnPaste: false,
  protocols: [],
  isAllowedUri: (url) => isHttpUrl(url),
  // The article never opens a window by itself: no target; the rel keeps referrers out when a link is opened.
  HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: 'article-link' },
});
