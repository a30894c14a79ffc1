/** The language of corpus articles (`contributes.languages` in package.json). */
export const ARTICLE_LANGUAGE_ID = 'corpus-article';

/** The source of every diagnostic the extension reports, as the Problems panel shows it. */
export const DIAGNOSTIC_SOURCE = 'Corpus Curator';
