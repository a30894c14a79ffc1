import { Document } from 'yaml';
import { analyzeArticle } from '../article/analyze';
import { applyProposal } from '../frontmatter/apply';
import { fencedFrontMatter } from '../frontmatter/fence';
import { type FrontMatterValue, readFrontMatter } from '../frontmatter/read';
import type { Problem } from '../problems';
import { tag as defaultTagger } from '../tagging/tag';
import type { Tagger } from '../tagging/types';
import { articleIdOf, isPlainTextArticle } from './articleId';
import { readCuration } from './curation';
import { proposeMetadata } from './propose';
import { articleTags } from '../curation/articleTags';

export type WriteResult =
  /** The front matter already says everything: not a byte to change. */
  | { status: 'unchanged'; problems: Problem[] }
  /** Replace [0, editEnd) of the text with `replacement`; the body after it is untouched. */
  | { status: 'changed'; editEnd: number; replacement: string; newText: string; problems: Problem[] }
  /** Nothing written; `problems` says why and where. */
  | { status: 'skipped'; problems: Problem[] };

function skipped(code: string, message: string, start = 0, end = 0): WriteResult {
  return { status: 'skipped', problems: [{ severity: 'error', code, message, start, end }] };
}

/**
 * Computes the front matter of an article from its text (UTF-16, BOM removed) and its path.
 * The body is never changed: the result only replaces the front matter block.
 */
export function writeArticle(text: string, filePath: string, tagger: Tagger = defaultTagger): WriteResult {
  if (text.trim() === '') return skipped('empty-article', 'the article is empty: there is nothing to describe');
  const analysis = analyzeArticle(text, { plainText: isPlainTextArticle(filePath) });
  const { split } = analysis;
  if (split.unclosedFence) {
    return skipped('unclosed-front-matter', "front matter opened with '---' on line 1 is never closed; add a closing '---' line", 0, 3);
  }
  let document: Document;
  let existing: FrontMatterValue;
  if (split.frontMatter) {
    const parsed = readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart);
    if (!parsed.value) return { status: 'skipped', problems: parsed.problems };
    document = parsed.document;
    existing = parsed.value;
  } else {
    document = new Document({});
    existing = Object.create(null) as FrontMatterValue;
  }
  if (split.body.trim() === '' && !split.frontMatter) return skipped('empty-article', 'the article has no body');

  const curation = readCuration(existing);
  const curatedLanguage = typeof existing.language === 'string' && ['kk', 'ru', 'az'].includes(existing.language) ? existing.language as 'kk' | 'ru' | 'az' : undefined;
  const tags = articleTags(text, analysis, curation, tagger, curatedLanguage, articleIdOf(filePath));
  const proposal = proposeMetadata(articleIdOf(filePath), analysis, tags);
  const problems: Problem[] = [];
  if (tags.lang === 'und' && !curatedLanguage) {
    problems.push({ severity: 'warning', code: 'language-unknown', message: 'the body is not recognisably Kazakh, Russian or Azerbaijani; set language by hand', start: split.bodyStart, end: split.bodyStart });
  }
  if (!applyProposal(document, existing, proposal, curation)) return { status: 'unchanged', problems };

  const replacement = fencedFrontMatter(document, split.eol);
  const editEnd = split.frontMatter ? split.bodyStart : 0;
  return { status: 'changed', editEnd, replacement, newText: replacement + text.slice(editEnd), problems };
}
