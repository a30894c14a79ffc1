import * as vscode from 'vscode';
import type { ArticleTag } from '../../../core/curation/articleTags';
import { kindCount, kindWithCode } from '../../common/kindWords';
import { ALL_KINDS } from './settings';

/** A paragraph lens's length in characters, past which its list of names is cut with `…`. */
export const LENS_SUMMARY_LENGTH = 60;

/** How a tag reads in a pick: its name, accepted ones with a check mark. */
export function tagLabel(tag: ArticleTag): string {
  return `${tag.status === 'accepted' ? '✓ ' : ''}${tag.name}`;
}

/** A pick's item for a tag: `Эльвира Азимова`, described `Person (PER) · Эльвиры Азимовой`. */
export function tagPickItem(tag: ArticleTag): vscode.QuickPickItem & { tag: ArticleTag } {
  return { label: tagLabel(tag), description: [kindWithCode(tag.kind, tag.timex), tag.text !== tag.name ? tag.text : ''].filter((part) => part !== '').join(' · '), tag };
}

/** The distinct tags of a paragraph, in reading order (a repeated name shows once). */
export function distinctTags(tags: readonly ArticleTag[]): ArticleTag[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = `${tag.kind}\u0000${tag.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Text cut to at most `max` characters between words, ending in `…` where cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return '…';
  const head = text.slice(0, max);
  const space = head.search(/\s\S*$/u);
  const kept = (space > 0 ? head.slice(0, space) : head.slice(0, max - 1)).replace(/[\s,·]+$/u, '');
  return `${kept}…`;
}

/**
 * A paragraph's summary for its lens: the distinct tags counted by kind in words, then the first
 * names in reading order (accepted ones ✓), cut to fit: `2 people, 1 place · ✓ Эльвира Азимова, Тери…`.
 */
export function summary(tags: readonly ArticleTag[], maxLength = LENS_SUMMARY_LENGTH): string {
  const distinct = distinctTags(tags);
  const counts = ALL_KINDS.map((kind) => ({ kind, count: distinct.filter((tag) => tag.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => kindCount(kind, count))
    .join(', ');
  const names = distinct.map(tagLabel).join(', ');
  // The counts are never cut; the names get what is left of the line, and at least their first word.
  const cut = cutAtWord(names, maxLength - counts.length - 3);
  return `${counts} · ${cut === '…' ? cutAtWord(names, names.search(/\s|$/u) + 1) : cut}`;
}

/** A lens's tooltip: every distinct tag on its own line, its kind in words and as a code. */
export function summaryTooltip(tags: readonly ArticleTag[]): string {
  return [vscode.l10n.t('Accept, reject or correct the tags of this paragraph'), '', ...distinctTags(tags).map((tag) => `${tagLabel(tag)} — ${kindWithCode(tag.kind, tag.timex)}`)].join('\n');
}
