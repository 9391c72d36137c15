/** "Edit article text": change an imported article's words and re-anchor its claims. */
export { articleVersionKey } from './article-version-key';
export { EditArticleTextButton } from './EditArticleTextButton';
