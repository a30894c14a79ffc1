import { compareCodePoints } from '../text/compare';
import type { IndexedArticle } from './corpusIndex';

/** How the Articles view orders the articles of a group: by path, or most pending tags first. */
export type SortBy = 'path' | 'pending';

export const SORTINGS: readonly SortBy[] = ['path', 'pending'];

/** The articles in the chosen order (a new array); ties go by path, so the order is always the same. */
export function sortArticlesBy(articles: readonly IndexedArticle[], by: SortBy): IndexedArticle[] {
  const byPath = (a: IndexedArticle, b: IndexedArticle): number => compareCodePoints(a.path, b.path);
  if (by === 'pending') return [...articles].sort((a, b) => b.summary.pending - a.summary.pending || byPath(a, b));
  return [...articles].sort(byPath);
}
