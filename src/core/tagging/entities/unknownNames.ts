import { candidateKeys, isAcronym } from '../morphology';
import { CharacterSet, codePointStartBefore, isAt, LOWER, unitsAt, UPPER } from '../../text/characters';
import { startsUpper, type Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';
import { languagePack } from '../../languages/registry';
import { organisationHeads, sharedNameCues } from './cues';
import { personBaseName } from './personName';
import { WordMemo } from '../wordMemo';

const QUOTED = /«([^«»\n]{2,80})»/gu;
/** An initial and a surname: Э.Азимова, К. Токаевым, S.Əliyeva. */
const INITIAL_SURNAME = /(?<![\p{L}\p{N}])(\p{Lu})\.\s?(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)/uy;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u;
const SPACES = new CharacterSet(' \u00a0');

/** Whether text[from, to) is one or more spaces (no line break). */
function spacedApart(text: string, from: number, to: number): boolean {
  return from < to && SPACES.covers(text, from, to);
}

/**
 * The matches of INITIAL_SURNAME in the text, as a global search would find them. Each has its
 * stop right after its initial, so only the code point before each stop is tried.
 */
function initialSurnames(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let stop = text.indexOf('.', 1); stop !== -1; stop = text.indexOf('.', stop + 1)) {
    const start = codePointStartBefore(text, stop);
    if (start < from) continue;
    INITIAL_SURNAME.lastIndex = start;
    const match = INITIAL_SURNAME.exec(text);
    if (match === null) continue;
    found.push(match);
    from = start + match[0].length;
  }
  return found;
}

const surnameShapes = new WordMemo((word, lang) => {
  const { surname } = sharedNameCues();
  return candidateKeys(word, lang).some((form) => surname.test(form));
});

function hasSurnameShape(word: string, lang: LanguageCode): boolean {
  return surnameShapes.get(word, lang);
}

/** A role right before the name, or with up to two capitalised words between (Депутат Мажилиса …). */
function hasRoleBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const { personRole } = sharedNameCues();
  return personRole.test(before) || personRole.test(before.replace(/(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){1,2}[ \u00a0]*$/u, ''));
}

/** The nominative of a compound organisation name's last word: the possessive stays (басқармасы, Nazirliyi), the case goes (институтының → институты). */
function headBaseForm(word: string, lang: LanguageCode): string {
  const lower = word.toLocaleLowerCase(lang);
  const { heads } = organisationHeads(lang);
  const head = candidateKeys(word, lang)
    .filter((form) => heads.has(form) && lower.startsWith(form))
    .sort((a, b) => b.length - a.length)[0];
  return head === undefined ? word : word.slice(0, head.length);
}

function isNameWord(token: Token | undefined): token is Token {
  return token !== undefined && isAt(token.text, 0, UPPER) && NAME_WORD.test(token.text);
}

/**
 * Names the gazetteer does not know, found by their shape and context: acronyms; «quoted»
 * organisation names next to a word that says so (фонд, МИА, қоры, şirkəti); a surname after an
 * initial; two or three capitalised words with a surname among them, or next to a role.
 */
export function findUnknownNames(text: string, tokens: readonly Token[], lang: LanguageCode, isClaimed: (token: Token) => boolean = () => false): Span[] {
  const spans: Span[] = [];
  const { notNames } = sharedNameCues();
  const { organisationCueBefore, organisationCueAfter } = languagePack(lang).names;
  // Indexed loops over the tokens here and below: array iterators would be garbage, one per word.
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    // An acronym starts with a capital or a digit, as most words do not, and has no small letter
    // second (which the cut suffix, after a hyphen, never holds): most names are ruled out here.
    if (!startsUpper(token.text) || isAt(token.text, unitsAt(token.text, 0), LOWER)) continue;
    const bare = token.text.replace(/[-‑][\p{Ll}]{1,6}$/u, '');
    if (isAcronym(bare) && /\p{L}{2}/u.test(bare) && !notNames.has(bare) && bare.length <= 10) {
      spans.push({ start: token.start, end: token.start + bare.length, kind: 'ORG', text: bare, canonical: bare });
    }
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? '';
    if (!startsUpper(inner)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (organisationCueBefore.test(before) || organisationCueAfter.test(after)) {
      spans.push({ start: m.index + 1, end: m.index + 1 + inner.length, kind: 'ORG', text: inner, canonical: inner });
    }
  }
  for (const m of initialSurnames(text)) {
    const surname = m[2] ?? '';
    if (!hasSurnameShape(surname, lang)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'PER', text: m[0], canonical: `${m[1] ?? ''}. ${personBaseName([surname], lang)}` });
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const second = tokens[i + 1];
    // isClaimed, a search among the known names, is asked last: most words are not name-shaped.
    if (!isNameWord(first) || !isNameWord(second) || !spacedApart(text, first.end, second.start)) continue;
    if (isClaimed(first) || isClaimed(second)) continue;
    const third = tokens[i + 2];
    const words = isNameWord(third) && spacedApart(text, second.end, third.start) && hasSurnameShape(third.text, lang) ? [first, second, third] : [first, second];
    // A surname among the words, or a role next to them (председатель …, …, корреспондент).
    if (words.some((word) => isHead(word, lang))) continue;
    const shaped = words.some((word) => hasSurnameShape(word.text, lang));
    const lastEnd = words.at(-1)?.end ?? first.end;
    const role = hasRoleBefore(text, first.start) || /^\s*,\s*\p{Ll}/u.test(text.slice(lastEnd, lastEnd + 3));
    if (!shaped && !role) continue;
    const end = words.at(-1)?.end ?? first.end;
    spans.push({ start: first.start, end, kind: 'PER', text: text.slice(first.start, end), canonical: personBaseName(words.map((word) => word.text), lang) });
    i += words.length - 1;
  }
  return spans;
}

/** Most words between a head noun and the capitalised word that starts the organisation's name. */
const MAX_NAME_WORDS_BEFORE_HEAD = 5;

/** A singular head noun of an organisation's name (ұйымдардың, "organisations", is not one). */
function isHead(token: Token | undefined, lang: LanguageCode): boolean {
  return token !== undefined && headWords.get(token.text, lang);
}

const headWords = new WordMemo((word, lang) => {
  if (word.length < 3 || languagePack(lang).morphology.plural.test(word)) return false;
  const { heads, prefixes } = organisationHeads(lang);
  if (!prefixes.has(word.slice(0, 3).toLocaleLowerCase(lang))) return false;
  return candidateKeys(word, lang).some((form) => heads.has(form));
});

/** The first word of a sentence or line: its capital says nothing about names. */
function startsSentence(text: string, token: Token): boolean {
  return /(?:^|[.!?:;\n«"(]\s*|^\s*[-–—•]\s*)$/u.test(text.slice(Math.max(0, token.start - 3), token.start)) || token.start === 0;
}

/**
 * In head-final languages (Kazakh, Azerbaijani: see their packs) organisation names end in a head noun (басқармасы, агенттігі, бюросы,
 * Nazirliyi): from such a head the name reaches back to the nearest capitalised word within one
 * clause, then over the capitalised words right before it (never onto a sentence's first word),
 * and on over a head in the genitive (академиясының Халықаралық құқық институтының). A known
 * place qualifies the name only in the genitive or nominative (Rusiya Federasiyasının Xarici İşlər
 * Nazirliyi), never in another case (Алматыда | …); a known person never starts it.
 */
export function findOrganisationPhrases(text: string, tokens: readonly Token[], lang: LanguageCode, isKnownPlaceOrPerson: (token: Token) => 'qualifier' | 'other' | undefined): Span[] {
  const headFinal = languagePack(lang).names.headFinalOrganisations;
  if (headFinal === false) return [];
  const spaced = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && spacedApart(text, a.end, b.start);
  const spans: Span[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head || !isHead(head, lang)) continue;
    let searchFrom = h;
    let start = -1;
    for (;;) {
      let found = -1;
      for (let k = searchFrom - 1; k >= Math.max(0, searchFrom - MAX_NAME_WORDS_BEFORE_HEAD); k--) {
        if (!spaced(tokens[k], tokens[k + 1])) break;
        const token = tokens[k];
        if (token && isAt(token.text, 0, UPPER)) { found = k; break; }
      }
      if (found === -1) break;
      start = found;
      while (start > 0 && spaced(tokens[start - 1], tokens[start]) && isAt(tokens[start - 1]?.text ?? '', 0, UPPER)
        && (!startsSentence(text, tokens[start - 1] as Token) || isKnownPlaceOrPerson(tokens[start - 1] as Token) === 'qualifier')) start--;
      const before = tokens[start - 1];
      if (!before || !spaced(before, tokens[start]) || !isHead(before, lang) || !headFinal.genitive.test(before.text)) break;
      searchFrom = start - 1;
    }
    // A place in the genitive or nominative qualifies the name (Rusiya Federasiyasının …); in another case it does not.
    while (start !== -1 && start < h && isKnownPlaceOrPerson(tokens[start] as Token) === 'other') start++;
    const from = tokens[start];
    if (start === -1 || start >= h || !from) continue;
    const words = tokens.slice(start, h + 1).map((token) => token.text);
    const canonical = [...words.slice(0, -1), headBaseForm(head.text, lang)].join(' ');
    spans.push({ start: from.start, end: head.end, kind: 'ORG', text: text.slice(from.start, head.end), canonical });
  }
  return spans;
}
