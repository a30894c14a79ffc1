import type { ArticleAnalysis } from '../article/analyze';
import { splitArticle } from '../article/frontMatterBlock';
import { tagArticleText } from '../decisions/articleTags';
import type { Decision } from '../decisions/types';
import { recordDecisions, writeArticle } from '../metadata/writeArticle';
import type { Tagger } from '../tagging/types';
import type { AnnotatedDocument } from './document';

export type ImportMode = 'gold' | 'suggestions';

export type ImportOutcome =
  | { status: 'create' | 'update'; newText: string }
  | { status: 'unchanged' }
  | { status: 'failed'; message: string };

/**
 * The decisions that make an article's tags say what the document's spans say. Gold: each span is
 * accepted (an engine tag on the same words), corrected (the engine named it otherwise) or added;
 * the engine's pending tags on words the gold leaves untagged are rejected. Suggestions: spans the
 * engine does not find as they are become pending suggested tags.
 */
export function importDecisions(articleText: string, filePath: string, document: AnnotatedDocument, mode: ImportMode, tagger: Tagger): Decision[] {
  return decisionsWithAnalysis(articleText, filePath, document, mode, tagger).decisions;
}

/** importDecisions, with the text's analysis, which recordDecisions then reuses instead of analysing the text again. */
function decisionsWithAnalysis(articleText: string, filePath: string, document: AnnotatedDocument, mode: ImportMode, tagger: Tagger): { decisions: Decision[]; analysis: ArticleAnalysis } {
  const { tags, analysis } = tagArticleText(articleText, filePath, tagger);
  const bodyStart = analysis.split.bodyStart;
  const byOffsets = new Map(tags.map((tag) => [`${tag.start - bodyStart}:${tag.end - bodyStart}`, tag]));
  const decisions: Decision[] = [];
  const matched = new Set<object>();
  const goldNames = new Set<string>();
  for (const span of document.spans) {
    const tag = byOffsets.get(`${span.start}:${span.end}`);
    const name = span.name ?? (tag && tag.kind === span.label ? tag.name : span.text);
    goldNames.add(`${span.label}\u0000${name}`);
    const wikidata = span.wikidata ?? (tag?.kind === span.label && tag.name === name ? tag.wikidata : undefined);
    if (tag) matched.add(tag);
    if (tag && !tag.added && tag.kind === span.label && tag.name === name) {
      if (mode === 'gold' && tag.status !== 'accepted') decisions.push({ type: 'accept', kind: span.label, name });
    } else if (mode === 'gold' && tag && !tag.added) {
      decisions.push({ type: 'correct', kind: tag.kind, from: tag.name, to: name, ...(tag.kind !== span.label ? { toKind: span.label } : {}) });
    } else {
      decisions.push({ type: mode === 'gold' ? 'add' : 'suggest', kind: span.label, name, text: span.text, ...(wikidata ? { wikidata } : {}) });
    }
  }
  if (mode === 'gold') {
    const rejected = new Set<string>();
    for (const tag of tags) {
      const key = `${tag.kind}\u0000${tag.name}`;
      if (matched.has(tag) || tag.status === 'accepted' || tag.added || goldNames.has(key) || rejected.has(key)) continue;
      rejected.add(key);
      decisions.push({ type: 'reject', kind: tag.kind, name: tag.name });
    }
  }
  return { decisions, analysis };
}

/**
 * What importing a document makes of the article at `filePath` (its text, or undefined when there
 * is none): a new article (the document's text with front matter), or the existing one with the
 * decisions added when its body is the document's text. A different body is refused unless `force`.
 */
export function importDocument(document: AnnotatedDocument, existingText: string | undefined, filePath: string, mode: ImportMode, tagger: Tagger, force: boolean): ImportOutcome {
  let base = document.text;
  let exists = false;
  if (existingText !== undefined) {
    const split = splitArticle(existingText);
    if (split.body === document.text) { base = existingText; exists = true; }
    else if (!force) return { status: 'failed', message: 'an article with this id exists and its text differs; not overwritten (use --force to replace it)' };
  }
  if (base.trim() === '') return { status: 'failed', message: 'the document has no text' };
  if (!exists) {
    const made = newArticle(document, filePath, mode, tagger);
    // With --force, the new article replaces the one whose text differed.
    return made.status === 'create' && existingText !== undefined ? { ...made, status: 'update' } : made;
  }
  const written = writeArticle(base, filePath, tagger);
  if (written.status === 'skipped') return { status: 'failed', message: written.problems.map((problem) => problem.message).join('; ') };
  const withFrontMatter = written.status === 'changed' ? written.newText : base;
  const { decisions, analysis } = decisionsWithAnalysis(withFrontMatter, filePath, document, mode, tagger);
  let newText = withFrontMatter;
  if (decisions.length > 0) {
    const recorded = recordDecisions(withFrontMatter, filePath, decisions, tagger, analysis);
    if (recorded.status === 'skipped') return { status: 'failed', message: recorded.problems.map((problem) => problem.message).join('; ') };
    if (recorded.status === 'changed') newText = recorded.newText;
  }
  return newText === existingText ? { status: 'unchanged' } : { status: 'update', newText };
}

/**
 * A new article in one writing: the decisions go into an empty front matter and the writer fills
 * in the rest around them, which gives the same bytes as writing the front matter and then
 * recording the decisions, with one reading of the text instead of four, and the front matter
 * printed once (never printed, parsed and spliced).
 */
function newArticle(document: AnnotatedDocument, filePath: string, mode: ImportMode, tagger: Tagger): ImportOutcome {
  const { decisions, analysis } = decisionsWithAnalysis(document.text, filePath, document, mode, tagger);
  // The decisions go into the new front matter in the writer's one pass (the text has none yet),
  // with the analysis made for them: the text is analysed once.
  const written = recordDecisions(document.text, filePath, decisions, tagger, analysis);
  if (written.status === 'skipped') return { status: 'failed', message: written.problems.map((problem) => problem.message).join('; ') };
  if (written.status === 'changed') return { status: 'create', newText: written.newText };
  return { status: 'create', newText: document.text };
}
