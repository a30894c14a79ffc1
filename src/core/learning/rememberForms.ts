import { compareCodePoints } from '../text/compare';
import type { RememberedForm } from '../tagging/memory/curatorMemory';
import type { EntityKind } from '../tagging/model/labels';
import type { LanguageCode } from '../tagging/types';
import type { CuratedArticle } from './curatedArticle';

/** Every surface form the decisions name, counted, in a fixed order (language, form, kind): the same decisions give the same memory. */
export function rememberForms(articles: readonly CuratedArticle[]): RememberedForm[] {
  const counts = new Map<string, RememberedForm>();
  const count = (lang: LanguageCode, form: string, kind: EntityKind, field: 'accepted' | 'rejected'): void => {
    const trimmed = form.trim();
    if (trimmed === '' || trimmed.includes('\n')) return;
    const key = `${lang}\u0000${trimmed}\u0000${kind}`;
    const entry = counts.get(key) ?? { lang, form: trimmed, kind, accepted: 0, rejected: 0 };
    entry[field]++;
    counts.set(key, entry);
  };
  for (const article of articles) {
    for (const name of article.positives) count(article.lang, article.text.slice(name.start, name.end), name.kind, 'accepted');
    for (const range of article.negatives) if (range.kind !== undefined) count(article.lang, article.text.slice(range.start, range.end), range.kind, 'rejected');
  }
  return [...counts.values()].sort((a, b) => compareCodePoints(a.lang, b.lang) || compareCodePoints(a.form, b.form) || compareCodePoints(a.kind, b.kind));
}
