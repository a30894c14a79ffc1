import { isMap, type Node, YAMLMap } from 'yaml';
import { compareCodePoints } from '../text/compare';
import { setKey } from '../frontmatter/apply';
import { FIELD_ORDER } from '../metadata/propose';
import type { WriteResult } from '../metadata/writeArticle';
import type { Tagger } from '../tagging/types';
import { tagArticleText } from './articleTags';
import { editFrontMatter } from './editFrontMatter';
import { applyToCuration, type Decision } from './recordDecision';

/** An acceptance for each distinct tag of the article that is still pending, in a stable order (kind, then name). */
export function acceptPending(text: string, filePath: string, tagger: Tagger): Extract<Decision, { type: 'accept' }>[] {
  const seen = new Map<string, Extract<Decision, { type: 'accept' }>>();
  for (const tag of tagArticleText(text, filePath, tagger).tags) {
    if (tag.status === 'pending') seen.set(`${tag.kind}\u0000${tag.name}`, { type: 'accept', kind: tag.kind, name: tag.name });
  }
  return [...seen.entries()].sort(([a], [b]) => compareCodePoints(a, b)).map(([, decision]) => decision);
}

/**
 * Accepts every pending tag of an article and marks it reviewed, in one edit of its front matter
 * (written first when the article has none). The body is never changed.
 */
export function acceptPendingAndMarkReviewed(text: string, filePath: string, tagger: Tagger): WriteResult {
  const decisions = acceptPending(text, filePath, tagger);
  return editFrontMatter(text, filePath, (document) => {
    if (decisions.length > 0) applyToCuration(document, decisions);
    const root = isMap(document.contents) ? document.contents : new YAMLMap();
    document.contents = root;
    setKey(document, root, 'status', document.createNode('reviewed') as Node, FIELD_ORDER);
  }, { tagger, rewrite: true });
}
