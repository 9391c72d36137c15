/**
 * Strips a web page of what is not the article before extraction: scripts and styles, navigation, cookie
 * banners, ads, share widgets, comment forms and related-article teasers. Links become absolute http(s)
 * links or lose their href, so every host sees the same links whatever its base URL.
 */
import { isHttpUrl } from '../model/url';
import { descendants, elementChildren, tagOf, type DomElement } from './dom';
import { STYLE_ATTRIBUTE } from './inline-styles';

/** Elements dropped with everything inside them, wherever they are. */
export const DROPPED_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'dialog',
  'menu',
  'video',
  'audio',
  'picture',
  'source',
  'track',
  'img',
  'map',
  'area',
  'link',
  'meta',
  'title',
  'head',
  'base',
];

const DROPPED = new Set(DROPPED_TAGS);

const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'form',
]);

/** Words in a class or id that name page furniture rather than article text. */
const CHROME_WORDS = new Set([
  'ad',
  'ads',
  'adslot',
  'advert',
  'advertisement',
  'advertising',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'cmp',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'disqus',
  'gdpr',
  'masthead',
  'menu',
  'navbar',
  'newsletter',
  'outbrain',
  'pagination',
  'paywall',
  'popup',
  'promo',
  'recommended',
  'recommendations',
  'related',
  'share',
  'sharing',
  'sidebar',
  'signup',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'teaser',
  'teasers',
  'toolbar',
]);

/** Containers that are never dropped for their class or role: the page itself and its main content. */
const PROTECTED_TAGS = new Set(['html', 'body', 'main']);

function hasChromeName(element: DomElement): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  if (/more-?like-?this|you-?may-?also-?like|read-?more-?links/.test(names)) return true;
  return names.split(/[\s_-]+/).some((word) => CHROME_WORDS.has(word));
}

function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute(STYLE_ATTRIBUTE) ?? element.getAttribute('style') ?? '';
  return /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether the story is inside: a wrapper named like chrome ("story comments-enabled") that holds the headline or article body is kept. */
function holdsStory(element: DomElement): boolean {
  return descendants(element).some((inner) => {
    const tag = tagOf(inner);
    return tag === 'article' || tag === 'main' || tag === 'h1' || inner.getAttribute('itemprop') === 'articleBody';
  });
}

/** The absolute http(s) form of a link, resolved against `base` when relative; null for any other kind of link. */
export function absoluteHttpLink(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed.length === 0 || trimmed.startsWith('#')) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return isHttpUrl(trimmed) ? new URL(trimmed).href : null;
    if (base === null) return null;
    const resolved = new URL(trimmed, base).href;
    return isHttpUrl(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

export interface StripOptions {
  /** The page's own address (its canonical URL), to resolve relative links; null keeps only absolute links. */
  baseUrl: string | null;
}

/** Removes page chrome below `root` in place. */
export function stripPageChrome(root: DomElement, options: StripOptions): void {
  // Each entry carries whether it sits inside the story (an article or main element).
  const stack: Array<[DomElement, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [element, inStory] = stack.pop() as [DomElement, boolean];
    for (const child of elementChildren(element)) {
      const tag = tagOf(child);
      const role = (child.getAttribute('role') ?? '').toLowerCase();
      const chrome =
        DROPPED.has(tag) ||
        isHidden(child) ||
        // The site's header goes; a header inside the story (headline, byline) stays.
        (tag === 'header' && !inStory) ||
        (!PROTECTED_TAGS.has(tag) && (CHROME_ROLES.has(role) || hasChromeName(child)) && !holdsStory(child));
      if (chrome) {
        child.remove();
        continue;
      }
      if (tag === 'a') fixLink(child, options.baseUrl);
      stack.push([child, inStory || tag === 'article' || tag === 'main']);
    }
  }
}

function fixLink(anchor: DomElement, baseUrl: string | null): void {
  const href = anchor.getAttribute('href');
  if (href === null) return;
  const absolute = absoluteHttpLink(href, baseUrl);
  if (absolute === null) anchor.removeAttribute('href');
  else if (absolute !== href) anchor.setAttribute('href', absolute);
}
