/** Article import shared by the app and the CLI: input checks, text and HTML drafts, page metadata. */
export * from './check-input';
export * from './dom';
export * from './draft';
export * from './html-blocks';
export * from './html-draft';
export * from './inline-runs';
export * from './inline-styles';
export * from './inline-text';
export * from './json-ld';
export * from './markdown-inline';
export * from './page-chrome';
export * from './page-metadata';
export * from './read-article';
export * from './text-draft';
