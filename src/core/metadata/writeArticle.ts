import { Document } from 'yaml';
import { analyzeArticle } from '../article/analyze';
import { splitArticle } from '../article/frontMatterBlock';
import { applyProposal } from '../frontmatter/apply';
import { rewriteFrontMatter } from '../frontmatter/fence';
import { type FrontMatterValue, readFrontMatter } from '../frontmatter/read';
import type { Problem } from '../problems';
import { isLanguageCode, languageNamesList } from '../languages/registry';
import { tag as defaultTagger } from '../tagging/tag';
import type { Tagger } from '../tagging/types';
import { articleIdOf, isPlainTextArticle } from './articleId';
import { readCuration } from './curation';
import { FIELD_ORDER, proposeMetadata } from './propose';
import { publicationOf } from './publication';
import { workingCopy } from '../frontmatter/workingCopy';

/** The top-level keys the writer and the curation commands may change; all others are left alone. */
export const EDITABLE_KEYS: ReadonlySet<string> = new Set(FIELD_ORDER);
import { articleTags } from '../curation/articleTags';
import { countLineBreaks } from '../text/lineIndex';

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
 * The body is never changed: the result only replaces the front matter block. `seed` is the front
 * matter to start from when the text has none (an import's decisions): the result is the one of
 * writing over that front matter printed before the text, without printing and parsing it first.
 */
export function writeArticle(text: string, filePath: string, tagger: Tagger = defaultTagger, seed?: Document): WriteResult {
  try {
    return writeFrontMatter(text, filePath, tagger, seed);
  } catch (error) {
    // A file-level failure is this file's problem, reported where its front matter starts; the
    // caller goes on with the next file.
    const start = splitArticle(text).frontMatter?.yamlStart ?? 0;
    return skipped('write-failed', `the front matter could not be written: ${error instanceof Error ? error.message : String(error)}`, start, start);
  }
}

function writeFrontMatter(text: string, filePath: string, tagger: Tagger, seed: Document | undefined): WriteResult {
  if (text.trim() === '') return skipped('empty-article', 'the article is empty: there is nothing to describe');
  const analysis = analyzeArticle(text, { plainText: isPlainTextArticle(filePath) });
  const { split } = analysis;
  if (split.unclosedFence) {
    return skipped('unclosed-front-matter', "front matter opened with '---' on line 1 is never closed; add a closing '---' line", 0, 3);
  }
  const parsed = split.frontMatter ? readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart) : undefined;
  if (parsed && !parsed.value) return { status: 'skipped', problems: parsed.problems };
  const seeded = split.frontMatter ? undefined : seed;
  const seedValue = seeded ? (seeded.toJS() as FrontMatterValue | null) ?? {} : undefined;
  // Each pass changes a fresh working copy of the one parsed front matter: the parsed document and
  // its value stay as read, so the text is parsed once however many passes it takes.
  const parse = (): { document: Document; pristine?: Document; existing: FrontMatterValue } => {
    if (seeded && seedValue) return { document: seeded.clone(), existing: seedValue };
    if (!parsed?.value) return { document: new Document({}), existing: Object.create(null) as FrontMatterValue };
    return { document: workingCopy(parsed.document, EDITABLE_KEYS), pristine: parsed.document, existing: parsed.value };
  };
  const first = parse();
  if (split.body.trim() === '' && !split.frontMatter) return skipped('empty-article', 'the article has no body');

  const curation = readCuration(first.existing);
  const curatedLanguage = isLanguageCode(first.existing.language) ? first.existing.language : undefined;
  const publication = publicationOf(first.existing, curation, analysis);
  const tags = articleTags(text, analysis, curation, tagger, curatedLanguage, publication, articleIdOf(filePath));
  const problems: Problem[] = [];
  if (tags.lang === 'und' && !curatedLanguage) {
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
    if (!applyProposal(document, existing, proposal, curation) && !seeded) return { status: 'unchanged', problems };
    rewritten = rewriteFrontMatter(text, split, pristine, document);
    const written = countLineBreaks(rewritten.replacement);
    if (written === frontMatterLines || analysis.boilerplate.length === 0 || pass === 2) break;
    frontMatterLines = written;
    ({ document, existing, pristine } = parse());
  }

  const { editEnd, replacement } = rewritten;
  return { status: 'changed', editEnd, replacement, newText: replacement + text.slice(editEnd), problems };
}

