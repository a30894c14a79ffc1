import { Document, isMap } from 'yaml';
import { type ArticleAnalysis, analyzeArticle } from '../article/analyze';
import { splitArticle } from '../article/frontMatterBlock';
import { rewriteFrontMatter } from '../frontmatter/fence';
import { type FrontMatterValue, readFrontMatter } from '../frontmatter/read';
import type { Problem } from '../problems';
import { languageNamesList } from '../languages/registry';
import { tag as defaultTagger } from '../tagging/tag';
import type { Tagger } from '../tagging/types';
import { articleIdOf, isPlainTextArticle } from '../article/articleId';
import { publicationOf } from '../article/publication';
import { articleTags, curatedLanguage } from '../decisions/articleTags';
import { type ArticleDecisions, readDecisions } from '../decisions/read';
import { recordInDocument } from '../decisions/record';
import type { Decision } from '../decisions/types';
import { FIELD_ORDER } from '../frontmatter/fields';
import { MAX_ALIAS_COUNT, toSafeObject } from '../yaml/values';
import { workingCopy } from '../frontmatter/workingCopy';
import { countLineBreaks } from '../text/lineIndex';
import { applyProposal } from './applyProposal';
import { proposeMetadata } from './propose';

/** The top-level keys the writer and the curation commands may change; all others are left alone. */
export const EDITABLE_KEYS: ReadonlySet<string> = new Set(FIELD_ORDER);

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
  return writeWithDecisions(text, filePath, tagger, []);
}

/**
 * Records a curator's decisions in an article's front matter and brings the generated fields in
 * line with them (a rejected tag leaves `people`), in one pass: the text is analysed once, its
 * front matter parsed once and its body tagged once. Only the front matter block changes.
 */
export function recordDecisions(text: string, filePath: string, decisions: readonly Decision[], tagger: Tagger = defaultTagger, analysis?: ArticleAnalysis): WriteResult {
  return writeWithDecisions(text, filePath, tagger, decisions, analysis);
}

/** `analysis`: the text's analysis when the caller has it already (as analyzeArticle gives it for this path), so the text is not analysed twice. */
function writeWithDecisions(text: string, filePath: string, tagger: Tagger, decisions: readonly Decision[], analysis?: ArticleAnalysis): WriteResult {
  try {
    return writeFrontMatter(text, filePath, tagger, decisions, analysis);
  } catch (error) {
    // A file-level failure is this file's problem, reported where its front matter starts; the
    // caller goes on with the next file.
    const start = splitArticle(text).frontMatter?.yamlStart ?? 0;
    return skipped('write-failed', `the front matter could not be written: ${error instanceof Error ? error.message : String(error)}`, start, start);
  }
}

function writeFrontMatter(text: string, filePath: string, tagger: Tagger, decisionsToRecord: readonly Decision[], given: ArticleAnalysis | undefined): WriteResult {
  if (text.trim() === '') return skipped('empty-article', 'the article is empty: there is nothing to describe');
  const analysis = given ?? analyzeArticle(text, { plainText: isPlainTextArticle(filePath) });
  const { split } = analysis;
  if (split.unclosedFence) {
    return skipped('unclosed-front-matter', "front matter opened with '---' on line 1 is never closed; add a closing '---' line", 0, 3);
  }
  const parsed = split.frontMatter ? readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart) : undefined;
  if (parsed && !parsed.value) return { status: 'skipped', problems: parsed.problems };
  // Each pass changes a fresh working copy of the one parsed front matter: the parsed document and
  // its value stay as read, so the text is parsed once however many passes it takes. New decisions
  // are recorded in each copy, and the tags follow the decisions as recorded.
  const parse = (): { document: Document; pristine?: Document; existing: FrontMatterValue; decisions: ArticleDecisions } => {
    const document = parsed?.value ? workingCopy(parsed.document, EDITABLE_KEYS) : new Document({});
    const existing = parsed?.value ?? Object.create(null) as FrontMatterValue;
    if (decisionsToRecord.length === 0) return { document, ...(parsed?.value ? { pristine: parsed.document } : {}), existing, decisions: readDecisions(existing) };
    recordInDocument(document, decisionsToRecord, text, split.bodyStart);
    const curation = document.get('curation', true);
    const recorded = isMap(curation) ? toSafeObject(curation.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT })) : {};
    return { document, ...(parsed?.value ? { pristine: parsed.document } : {}), existing, decisions: readDecisions({ curation: recorded }) };
  };
  const first = parse();
  if (split.body.trim() === '' && !split.frontMatter) return skipped('empty-article', 'the article has no body');

  const { decisions } = first;
  const language = curatedLanguage(first.existing);
  const publication = publicationOf(first.existing, decisions.generated, analysis);
  const tags = articleTags(text, analysis, decisions, tagger, language, publication, articleIdOf(filePath));
  const problems: Problem[] = [];
  if (tags.lang === 'und' && !language) {
    problems.push({ severity: 'warning', code: 'language-unknown', message: `the body is not recognisably ${languageNamesList()}; set language by hand`, start: split.bodyStart, end: split.bodyStart });
  }
  // Line numbers in the front matter count from the top of the file, so they depend on the
  // front matter's own length. That length does not depend on the numbers (one line per
  // boilerplate block), so a second pass with the length of the first one settles it. Without
  // boilerplate the proposal does not depend on the length at all: the first pass is the last.
  let frontMatterLines = split.frontMatter ? countLineBreaks(text.slice(0, split.bodyStart)) : 0;
  let { document, existing, pristine } = first;
  let rewritten: { editEnd: number; replacement: string };
  for (let pass = 0; ; pass++) {
    const proposal = proposeMetadata(articleIdOf(filePath), analysis, tags, publication, frontMatterLines);
    if (!applyProposal(document, existing, proposal, decisions) && decisionsToRecord.length === 0) return { status: 'unchanged', problems };
    rewritten = rewriteFrontMatter(text, split, pristine, document);
    const written = countLineBreaks(rewritten.replacement);
    if (written === frontMatterLines || analysis.boilerplate.length === 0 || pass === 2) break;
    frontMatterLines = written;
    ({ document, existing, pristine } = parse());
  }

  const { editEnd, replacement } = rewritten;
  if (replacement === text.slice(0, editEnd)) return { status: 'unchanged', problems };
  return { status: 'changed', editEnd, replacement, newText: replacement + text.slice(editEnd), problems };
}

