import { compareCodePoints } from '../text/compare';
import type { LanguageCode, Span } from '../tagging/types';
import { personNameKey } from './personKey';

const MASCULINE_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;
const MASCULINE_OBLIQUE = /(?:ов|ев|ёв|ин|ын)(?:ым|ом)$/u;
const AMBIGUOUS_GENITIVE = /(?:ов|ев|ёв|ин|ын)а$/u;

/**
 * One canonical name per person of the corpus's own in an article: every mention of a local
 * person id takes the fullest name its mentions give, in the form most surely nominative. In
 * Russian `Ерлана Калиева` may be a man's genitive or a woman's nominative; when another mention
 * of the same person shows a man (`Калиев`, `Калиевым`), the name is `Ерлан Калиев`.
 */
export function harmoniseLocalPersons(given: readonly Span[], lang: LanguageCode): Span[] {
  const spans = withoutWordsBefore(given, lang);
  const byId = new Map<string, Span[]>();
  for (const span of spans) {
    if (span.kind !== 'PER' || span.entityId?.startsWith('local:PER:') !== true) continue;
    const group = byId.get(span.entityId) ?? [];
    group.push(span);
    byId.set(span.entityId, group);
  }
  if (byId.size === 0) return [...spans];
  const canonicalById = new Map<string, string>();
  for (const [id, group] of byId) canonicalById.set(id, chooseCanonical(group, lang));
  return spans.map((span) => {
    const canonical = span.entityId === undefined ? undefined : canonicalById.get(span.entityId);
    return canonical === undefined || canonical === span.canonical ? span : { ...span, canonical };
  });
}

/**
 * A person's mention with words caught before the name (`Поддержку Кирсану Илюмжинову`) takes
 * the id of the full name it ends in, when the article names that person by it elsewhere.
 */
function withoutWordsBefore(spans: readonly Span[], lang: LanguageCode): readonly Span[] {
  // The fewest words any mention of each local person has: a longer mention may drop words down to it.
  const fewest = new Map<string, number>();
  for (const span of spans) {
    if (span.kind !== 'PER' || span.entityId?.startsWith('local:PER:') !== true) continue;
    fewest.set(span.entityId, Math.min(fewest.get(span.entityId) ?? Infinity, words(span.text).length));
  }
  if (fewest.size === 0) return spans;
  return spans.map((span) => {
    if (span.kind !== 'PER' || span.entityId?.startsWith('local:PER:') !== true) return span;
    const parts = words(span.text);
    for (let from = 1; parts.length - from >= 2; from++) {
      const id = `local:PER:${personNameKey(parts.slice(from).join(' '), lang).replace(/ /gu, '_')}`;
      if ((fewest.get(id) ?? Infinity) > parts.length - from) continue;
      const canonical = words(span.canonical ?? span.text);
      return { ...span, entityId: id, canonical: (canonical.length === parts.length ? canonical.slice(from) : parts.slice(from)).join(' ') };
    }
    return span;
  });
}

const words = (name: string): string[] => name.split(/[\s\u00a0]+/u).filter((word) => word !== '');

function chooseCanonical(given: readonly Span[], lang: LanguageCode): string {
  // Names as written (a canonical another mention lent to a shorter one is not evidence of its own).
  const written = given.filter((span) => words(span.canonical ?? span.text).length === words(span.text).length);
  const group = written.length > 0 ? written : given;
  const names = group.map((span) => span.canonical ?? span.text);
  // A loop, not Math.max(...): a text may name a person a hundred thousand times, more arguments than a call takes.
  let longest = 0;
  for (const name of names) longest = Math.max(longest, words(name).length);
  const counts = new Map<string, { count: number; sure: boolean }>();
  group.forEach((span, index) => {
    const name = names[index] ?? span.text;
    if (words(name).length !== longest) return;
    const entry = counts.get(name) ?? { count: 0, sure: false };
    entry.count++;
    entry.sure ||= lang !== 'ru' || name !== span.text || MASCULINE_SURNAME.test(words(name).at(-1) ?? '');
    counts.set(name, entry);
  });
  const [best = names[0] ?? ''] = [...counts.entries()]
    .sort(([a, x], [b, y]) => Number(y.sure) - Number(x.sure) || y.count - x.count || compareCodePoints(a, b))
    .map(([name]) => name);
  if (lang !== 'ru' || counts.get(best)?.sure === true) return best;
  const masculine = given.some((span) => {
    const last = words(span.text).at(-1) ?? '';
    return MASCULINE_SURNAME.test(last) || MASCULINE_OBLIQUE.test(last);
  });
  return masculine ? masculineNominative(best) : best;
}

/** A man's name from its genitive (Ерлана Калиева → Ерлан Калиев; Игоря → Игорь; Алексея → Алексей). */
function masculineNominative(name: string): string {
  const parts = words(name);
  if (!AMBIGUOUS_GENITIVE.test(parts.at(-1) ?? '')) return name;
  return parts.map((word, index) => {
    if (index === parts.length - 1 || AMBIGUOUS_GENITIVE.test(word)) return word.replace(/а$/u, '');
    if (/[аеиоуыэюя]я$/u.test(word)) return word.replace(/я$/u, 'й');
    if (/я$/u.test(word)) return word.replace(/я$/u, 'ь');
    return word.replace(/(?<=[бвгджзклмнпрстфхцчшщ])а$/u, '');
  }).join(' ');
}
