/**
 * Takes inline styles out of a page's HTML before a browser parses it: the app's Content-Security-Policy
 * blocks them anyway, but each one would log a violation. Style elements go; style attributes are
 * renamed, so the chrome filter can still see what the page hid.
 */

/** Where a style attribute's value is kept. */
export const STYLE_ATTRIBUTE = 'data-factcheck-style';

// A style element is raw text: it ends at the first </style, whatever comes in between.
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi;
// A start tag, with quoted attribute values that may hold ">".
const START_TAG = /<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const STYLE_NAME = /(\s)style(\s*=)/gi;

export function withoutInlineStyles(html: string): string {
  return html
    .replace(STYLE_ELEMENT, '')
    .replace(START_TAG, (tag) => (/\sstyle\s*=/i.test(tag) ? tag.replace(STYLE_NAME, `$1${STYLE_ATTRIBUTE}$2`) : tag));
}
