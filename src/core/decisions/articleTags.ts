import { isLanguageCode } from '../languages/registry';
import { analyzeArticle, type ArticleAnalysis } from '../article/analyze';
import { articleIdOf, isPlainTextArticle } from '../article/articleId';
import { type Publication, publicationOf } from '../article/publication';
import { type FrontMatterValueReading, readArticleFrontMatterValue } from '../frontmatter/articleFrontMatter';
import type { LanguageCode, Span, Tagger, TagResult } from '../tagging/types';
import { applyDecisions, type ArticleTag, type StaleDecision } from './apply';
import { changedByDecisions, entityIdBeforeDecisions } from '../knowledge/entityDecisions';
import { type ArticleDecisions, readDecisions } from './read';

export { type ArticleTag, type TagStatus, tagName } from './apply';

export interface ArticleTags {
  lang: TagResult['lang'];
  script: TagResult['script'];
  tags: ArticleTag[];
  /** The publication date relative dates were resolved against, and where it was read. */
  publication?: Publication;
  /** Decisions on one mention that could not be placed in the text as it is now. */
  stale: StaleDecision[];
  /**
   * The entity ids of the tags as they would be without the curator's entity decisions
   * (.corpus/entities.yaml), in order, when a decision changed any (else those of `tags`).
   */
  idsBeforeDecisions?: string[];
}

/**
 * Tags an article's body where it stands (offsets into the whole file text), leaves out the
 * boilerplate, and applies the curator's decisions. The front-matter writer and the editor both
 * use this: one tagging pass per call.
 */
export function articleTags(text: string, analysis: ArticleAnalysis, decisions: ArticleDecisions, tagger: Tagger, lang?: LanguageCode, publication?: Publication, article?: string): ArticleTags {
  const bodyStart = analysis.split.bodyStart;
  const anchor = publication?.value ?? analysis.published?.value;
  const furniture = analysis.boilerplate.map(({ block }) => block);
  // The tagger's last refiner leaves out the boilerplate (offsets into the body).
  const exclude = furniture.map((block) => ({ start: block.start - bodyStart, end: block.end - bodyStart }));
  const result = tagger(analysis.split.body, { ...(lang ? { lang } : {}), ...(anchor !== undefined ? { referenceDate: anchor } : {}), ...(article ? { article } : {}), ...(exclude.length > 0 ? { exclude } : {}) });
  const inFurniture = (span: Span): boolean => furniture.some((block) => span.start < block.end && block.start < span.end);
  const found = result.spans.map((span) => ({ ...span, start: span.start + bodyStart, end: span.end + bodyStart }));
  const { tags, stale } = applyDecisions(text, bodyStart, found, decisions, inFurniture);
  const anchorOf = publication ?? (analysis.published ? { value: analysis.published.value, source: analysis.published.source } : undefined);
  const idsBeforeDecisions = result.spans.some(changedByDecisions) ? linkedIdsOf(applyDecisions(text, bodyStart, undecided(result.spans, found), decisions, inFurniture).tags) : undefined;
  return { lang: result.lang, script: result.script, tags, stale, ...(anchorOf ? { publication: anchorOf } : {}), ...(idsBeforeDecisions ? { idsBeforeDecisions } : {}) };
}

/**
 * The spans found, each with the entity id the tagger gave it before the entity decisions: what
 * which of the article's own decisions keep does not depend on the id, so applying them to these
 * gives the tags a tagger without the entity decisions would give.
 */
function undecided(spans: readonly Span[], found: readonly Span[]): Span[] {
  return found.map((span, index) => {
    const tagged = spans[index];
    if (tagged === undefined || !changedByDecisions(tagged)) return span;
    const id = entityIdBeforeDecisions(tagged);
    const copy: Span = { ...span };
    if (id === undefined) delete copy.entityId;
    else copy.entityId = id;
    return copy;
  });
}

function linkedIdsOf(tags: readonly Span[]): string[] {
  return tags.flatMap((tag) => (tag.entityId === undefined ? [] : [tag.entityId]));
}

/** The language a curator set in the front matter, when it is one the tagger knows. */
export function curatedLanguage(frontMatter: Record<string, unknown> | undefined): LanguageCode | undefined {
  const language = frontMatter?.language;
  return isLanguageCode(language) ? language : undefined;
}

/**
 * The tags of an article's text as it is now: analysed, with the language and the decisions its
 * front matter records. The editor, the entity tree and the index all tag an article this way.
 * `reading` is the text's front matter when it has been read already.
 */
export function tagArticleText(text: string, filePath: string, tagger: Tagger, reading?: FrontMatterValueReading): ArticleTags & { analysis: ArticleAnalysis } {
  const analysis = analyzeArticle(text, { plainText: isPlainTextArticle(filePath) });
  const value = (reading ?? readArticleFrontMatterValue(text)).parsed?.value;
  const decisions = readDecisions(value);
  return { ...articleTags(text, analysis, decisions, tagger, curatedLanguage(value), publicationOf(value, decisions.generated, analysis), articleIdOf(filePath)), analysis };
}
