import { tagArticleText } from '../decisions/articleTags';
import { readArticleFrontMatterValue } from '../frontmatter/articleFrontMatter';
import { articleIdOf } from '../article/articleId';
import type { Tagger } from '../tagging/types';
import { type AnnotatedDocument, type DocumentMeta, type DocumentSpan, sortSpans } from './document';

export interface ExportOptions {
  /** `accepted`: only the tags the curator accepted; `all`: pending ones too. */
  tags: 'accepted' | 'all';
  withoutBoilerplate: boolean;
}

function stringField(value: Record<string, unknown> | undefined, key: string): string | undefined {
  const found = value?.[key];
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/** Ranges of the body to leave out: each boilerplate block with the line break after it. */
function cutRanges(body: string, bodyStart: number, blocks: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  return blocks.map((block) => {
    let end = block.end - bodyStart;
    while (end < body.length && (body[end] === ' ' || body[end] === '\t')) end++;
    if (body[end] === '\r') end++;
    if (body[end] === '\n') end++;
    let start = block.start - bodyStart;
    while (start > 0 && (body[start - 1] === ' ' || body[start - 1] === '\t')) start--;
    return { start, end };
  }).sort((a, b) => a.start - b.start);
}

/**
 * An article as a document to export: its body only (never the front matter), the metadata its
 * front matter records (else what the text says), and its tags with the curator's decisions applied.
 */
export function documentFromArticle(text: string, filePath: string, tagger: Tagger, options: ExportOptions): AnnotatedDocument {
  const reading = readArticleFrontMatterValue(text);
  const value = reading.parsed?.value;
  const { tags, lang, analysis } = tagArticleText(text, filePath, tagger, reading);
  const bodyStart = analysis.split.bodyStart;
  const body = analysis.split.body;
  const cuts = options.withoutBoilerplate ? cutRanges(body, bodyStart, analysis.boilerplate.map(({ block }) => block)) : [];
  let exported = body;
  const shift = (offset: number): number => offset - cuts.reduce((removed, cut) => removed + (cut.end <= offset ? cut.end - cut.start : 0), 0);
  if (cuts.length > 0) {
    const pieces: string[] = [];
    let from = 0;
    for (const cut of cuts) { pieces.push(body.slice(from, cut.start)); from = Math.max(from, cut.end); }
    pieces.push(body.slice(from));
    exported = pieces.join('');
  }
  const spans: DocumentSpan[] = tags
    .filter((tag) => options.tags === 'all' || tag.status === 'accepted')
    .map((tag) => ({
      start: shift(tag.start - bodyStart),
      end: shift(tag.end - bodyStart),
      label: tag.kind,
      text: tag.text,
      name: tag.name,
      ...(tag.wikidata ? { wikidata: tag.wikidata } : {}),
      status: tag.status,
    }));
  const language = stringField(value, 'language') ?? (lang !== 'und' ? lang : undefined);
  const title = stringField(value, 'title') ?? analysis.title;
  const published = stringField(value, 'published') ?? analysis.published?.value;
  const source = stringField(value, 'source') ?? analysis.source?.name;
  const meta: DocumentMeta = {
    id: articleIdOf(filePath),
    ...(language ? { lang: language } : {}),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
  };
  return { meta, text: exported, spans: sortSpans(spans) };
}
