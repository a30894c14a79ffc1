import { candidateKeys, isAcronym } from '../morphology';
import { startsUpper, type Token } from '../tokens';
import type { LanguageCode, Span } from '../types';
import { NOT_NAMES, ORG_CUES_AFTER, ORG_CUES_BEFORE, PERSON_ROLE, SURNAME } from './cues';
import { personBaseName } from './personName';

const QUOTED = /«([^«»\n]{2,80})»/gu;
/** An initial and a surname: Э.Азимова, К. Токаевым, S.Əliyeva. */
const INITIAL_SURNAME = /(?<![\p{L}\p{N}])(\p{Lu})\.\s?(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)/gu;

function hasSurnameShape(word: string, lang: LanguageCode): boolean {
  return candidateKeys(word, lang).some((form) => SURNAME.test(form));
}

function isNameWord(token: Token | undefined): token is Token {
  return token !== undefined && /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(token.text);
}

/**
 * Names the gazetteer does not know, found by their shape and context: acronyms; «quoted»
 * organisation names next to a word that says so (фонд, МИА, қоры, şirkəti); a surname after an
 * initial; two or three capitalised words with a surname among them, or next to a role.
 */
export function findUnknownNames(text: string, tokens: readonly Token[], lang: LanguageCode): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    const bare = token.text.replace(/[-‑][\p{Ll}]{1,6}$/u, '');
    if (isAcronym(bare) && /\p{L}{2}/u.test(bare) && !NOT_NAMES.has(bare) && bare.length <= 10) {
      spans.push({ start: token.start, end: token.start + bare.length, kind: 'ORG', text: bare, canonical: bare });
    }
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? '';
    if (!startsUpper(inner)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (ORG_CUES_BEFORE[lang].test(before) || ORG_CUES_AFTER[lang].test(after)) {
      spans.push({ start: m.index + 1, end: m.index + 1 + inner.length, kind: 'ORG', text: inner, canonical: inner });
    }
  }
  for (const m of text.matchAll(INITIAL_SURNAME)) {
    const surname = m[2] ?? '';
    if (!hasSurnameShape(surname, lang)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'PER', text: m[0], canonical: `${m[1] ?? ''}. ${personBaseName([surname], lang)}` });
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const second = tokens[i + 1];
    if (!isNameWord(first) || !isNameWord(second) || !/^[ \u00a0]+$/u.test(text.slice(first.end, second.start))) continue;
    const third = tokens[i + 2];
    const words = isNameWord(third) && /^[ \u00a0]+$/u.test(text.slice(second.end, third.start)) && hasSurnameShape(third.text, lang) ? [first, second, third] : [first, second];
    // A surname among the words, or a role next to them (председатель …, …, корреспондент).
    const shaped = words.some((word) => hasSurnameShape(word.text, lang));
    const lastEnd = words.at(-1)?.end ?? first.end;
    const role = PERSON_ROLE.test(text.slice(Math.max(0, first.start - 40), first.start)) || /^\s*,\s*\p{Ll}/u.test(text.slice(lastEnd, lastEnd + 3));
    if (!shaped && !role) continue;
    const end = words.at(-1)?.end ?? first.end;
    spans.push({ start: first.start, end, kind: 'PER', text: text.slice(first.start, end), canonical: personBaseName(words.map((word) => word.text), lang) });
    i += words.length - 1;
  }
  return spans;
}
