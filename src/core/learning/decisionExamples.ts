// The one place that reads the curator's decisions as training examples. Decisions live in the
// front matter's `curation` section today; a change of that format changes this file only.
import { locateMention } from '../decisions/anchor';
import { tagArticleText, tagName } from '../decisions/articleTags';
import { readDecisions } from '../decisions/read';
import { readArticleFrontMatter } from '../frontmatter/articleFrontMatter';
import { articleIdOf } from '../article/articleId';
import type { EntityKind } from '../tagging/model/labels';
import type { Span, Tagger } from '../tagging/types';
import type { CuratedArticle } from './curatedArticle';

/**
 * The training example an article's decisions give, or undefined when it has none:
 * - accepted tags, tags the curator added and corrected tags (which count as accepted) are names;
 * - the words of a rejected tag are no name, except where a name the curator kept covers them (found by tagging the article with `tagger`, the
 *   tagger without the workspace model, so the examples do not depend on what was learnt before);
 * - in an article marked `status: reviewed`, every tag left is a name and every other word is
 *   no name: the curator looked at all of it. In other articles, words nobody decided on teach nothing.
 * Dates are left out: the model does not tag them. Ranges index the article's body.
 */
export function decisionExamples(text: string, filePath: string, tagger: Tagger): CuratedArticle | undefined {
  const value = readArticleFrontMatter(text).parsed?.value;
  const curation = readDecisions(value);
  const reviewed = value?.status === 'reviewed';
  const decided = curation.all.filter((decision) => decision.verb !== 'suggest').length;
  if (decided === 0 && !reviewed) return undefined;
  // One tagging pass: the engine's spans before the decisions are kept for the rejected ones.
  let found: readonly Span[] = [];
  const recording: Tagger = (body, options) => {
    const result = tagger(body, options);
    found = result.spans;
    return result;
  };
  const tagged = tagArticleText(text, filePath, recording);
  if (tagged.lang === 'und') return undefined;
  const bodyStart = tagged.analysis.split.bodyStart;
  const body = tagged.analysis.split.body;
  const positives = tagged.tags
    .filter((tag) => tag.kind !== 'DATE' && (reviewed || tag.status === 'accepted' || tag.added === true))
    .map((tag) => ({ start: tag.start - bodyStart, end: tag.end - bodyStart, kind: tag.kind as EntityKind }));
  const rejected = new Set(curation.rejected.map((ref) => `${ref.kind}\u0000${ref.name}`));
  const negatives = found
    .filter((span) => span.kind !== 'DATE' && rejected.has(`${span.kind}\u0000${tagName(span)}`))
    .map((span): CuratedArticle['negatives'][number] => ({ start: span.start, end: span.end, kind: span.kind as EntityKind }));
  // A mention rejected on its own: its words, where they are now.
  for (const decision of curation.all) {
    if (decision.verb !== 'reject' || !decision.mention || decision.kind === 'DATE') continue;
    const located = locateMention(body, decision.mention);
    if (located.found) negatives.push({ start: located.start, end: located.end, kind: decision.kind });
  }
  if (positives.length === 0 && negatives.length === 0 && !reviewed) return undefined;
  return { id: articleIdOf(filePath), lang: tagged.lang, text: body, positives, negatives, reviewed };
}
