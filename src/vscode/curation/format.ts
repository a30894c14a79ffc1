import type { ArticleTag } from '../../core/curation/articleTags';

/** How a tag reads in a lens or a pick: `PER Эльвира Азимова`, accepted ones with a check mark. */
export function tagLabel(tag: ArticleTag): string {
  return `${tag.status === 'accepted' ? '✓ ' : ''}${tag.kind} ${tag.name}`;
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

/** A paragraph's summary, cut to fit a lens line: `PER A · ORG B · DATE 2023-12-08 · +3 more`. */
export function summary(tags: readonly ArticleTag[], maxLength = 100): string {
  const labels = distinctTags(tags).map(tagLabel);
  let text = '';
  for (let i = 0; i < labels.length; i++) {
    const next = text === '' ? labels[i] ?? '' : `${text} · ${labels[i] ?? ''}`;
    if (next.length > maxLength && text !== '') return `${text} · +${labels.length - i} more`;
    text = next;
  }
  return text;
}
