import { isLanguageCode } from '../languages/registry';
import { analyzeArticle, type ArticleAnalysis } from '../article/analyze';
import { type FrontMatterReading, readArticleFrontMatter } from '../frontmatter/articleFrontMatter';
import { articleIdOf, isPlainTextArticle } from '../metadata/articleId';
import { applyDecisions } from '../metadata/entities';
import { type CurationDecisions, readCuration } from '../metadata/curation';
import { type Publication, publicationOf } from '../metadata/publication';
import type { LanguageCode, Span, Tagger, TagResult } from '../tagging/types';

export type TagStatus = 'pending' | 'accepted';

/** A span of the article as the curator sees it: its canonical name and whether it was accepted. */
export interface ArticleTag extends Span {
  name: string;
  status: TagStatus;
  /** The curator added it ("Tag selection as…"); the engine did not find it. */
  added?: boolean;
}

export interface ArticleTags {
  lang: TagResult['lang'];
  script: TagResult['script'];
  tags: ArticleTag[];
  /** The publication date relative dates were resolved against, and where it was read. */
  publication?: Publication;
}

/** The name a decision refers to: the canonical name of an entity, the ISO value (else the text) of a date. */
export function tagName(span: Span): string {
  return span.kind === 'DATE' ? (span.value ?? span.text) : (span.canonical ?? span.text);
}

function occurrences(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/**
 * Tags an article's body where it stands (offsets into the whole file text), leaves out the
 * boilerplate, applies the curator's decisions (rejected tags go, corrections apply, added tags
 * join) and marks accepted tags. The front-matter writer and the editor both use this.
 */
export function articleTags(text: string, analysis: ArticleAnalysis, curation: CurationDecisions, tagger: Tagger, lang?: LanguageCode, publication?: Publication, article?: string): ArticleTags {
  const bodyStart = analysis.split.bodyStart;
  const anchor = publication?.value ?? analysis.published?.value;
  const furniture = analysis.boilerplate.map(({ block }) => block);
  // The tagger's last refiner leaves out the boilerplate (offsets into the body).
  const exclude = furniture.map((block) => ({ start: block.start - bodyStart, end: block.end - bodyStart }));
  const result = tagger(analysis.split.body, { ...(lang ? { lang } : {}), ...(anchor !== undefined ? { referenceDate: anchor } : {}), ...(article ? { article } : {}), ...(exclude.length > 0 ? { exclude } : {}) });
  const inFurniture = (span: Span): boolean => furniture.some((block) => span.start < block.end && block.start < span.end);
  const found = result.spans.map((span) => ({ ...span, start: span.start + bodyStart, end: span.end + bodyStart }));
  const spansOf = (entries: CurationDecisions['added']): Span[] => entries.flatMap((entry) => occurrences(text, entry.text, bodyStart)
    .map((start) => ({ start, end: start + entry.text.length, kind: entry.kind, text: entry.text, canonical: entry.name, ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) }))
    .filter((span) => !inFurniture(span)));
  const overlapsAny = (others: readonly Span[]) => (span: Span): boolean => others.some((other) => span.start < other.end && other.start < span.end);
  // A tag the curator added wins over what the engine found in the same words; so does an
  // imported suggestion (it stays pending), unless an added tag covers those words.
  const added: Span[] = spansOf(curation.added);
  const suggested = applyDecisions(spansOf(curation.suggested), curation).filter((span) => !overlapsAny(added)(span));
  const explicit = [...added, ...suggested];
  const kept = [...applyDecisions(found, curation).filter((span) => !overlapsAny(explicit)(span)), ...suggested];
  const accepted = new Set(curation.accepted.map((ref) => `${ref.kind}\u0000${ref.name}`));
  const tags = [...kept.map((span) => ({ span, added: false })), ...added.map((span) => ({ span, added: true }))]
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ span, added: isAdded }): ArticleTag => ({
      ...span,
      name: tagName(span),
      status: accepted.has(`${span.kind}\u0000${tagName(span)}`) ? 'accepted' : 'pending',
      ...(isAdded ? { added: true } : {}),
    }));
  const anchorOf = publication ?? (analysis.published ? { value: analysis.published.value, source: analysis.published.source } : undefined);
  return { lang: result.lang, script: result.script, tags, ...(anchorOf ? { publication: anchorOf } : {}) };
}

/**
 * The tags of an article's text as it is now: analysed, with the language and the decisions its
 * front matter records. The editor, the entity tree and the index all tag an article this way.
 * `reading` is the text's front matter when it has been read already.
 */
export function tagArticleText(text: string, filePath: string, tagger: Tagger, reading?: FrontMatterReading): ArticleTags & { analysis: ArticleAnalysis } {
  const analysis = analyzeArticle(text, { plainText: isPlainTextArticle(filePath) });
  const value = (reading ?? readArticleFrontMatter(text)).parsed?.value;
  const language = value?.language;
  const lang = isLanguageCode(language) ? language : undefined;
  const curation = readCuration(value);
  return { ...articleTags(text, analysis, curation, tagger, lang, publicationOf(value, curation, analysis), articleIdOf(filePath)), analysis };
}
