/** The article's link extension: http(s) links drawn, followed only outside the app. */
export { ArticleLinks, articleLinksKey } from './ArticleLinks';
