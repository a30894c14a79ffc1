import { candidateKeys, isAcronym } from '../morphology';
import { CharacterSet, codePointStartBefore, isAt, LOWER, unitsAt, UPPER } from '../../text/characters';
import { startsUpper, type Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';
import { languagePack } from '../../languages/registry';
import { organisationHeads, sharedNameCues } from './cues';
import { isPatronymic, personBaseName } from './personName';
import { dictionaryReading, isGivenNameCode, lexiconCode } from '../model/lexicon';
import { WordMemo } from '../wordMemo';

/** A quotation in «»: the spaces some writers (and KazNERD's tokens) leave inside the marks, then the words. */
const QUOTED = /«(\s*)([^«»\n]{2,80}?)\s*»/gu;
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

/** A given name the language's dictionary knows (Aynur, Андрей), and not as a common word, word by word. */
const knownGivenNames = new WordMemo((word, lang) => isGivenNameCode(lexiconCode(word.toLocaleLowerCase(lang), lang)));

function isKnownGivenName(word: string, lang: LanguageCode): boolean {
  return knownGivenNames.get(word, lang);
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
  const headFinal = languagePack(lang).names.headFinalOrganisations !== false;
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[2] ?? '';
    if (!startsUpper(inner)) continue;
    const start = m.index + 1 + (m[1] ?? '').length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Where the head noun ends an organisation's name, it may follow the quotation in any case form (« Хабар » агенттігінде).
    const headAfter = headFinal && isHeadWord(/^\s*(\p{L}+)/u.exec(after)?.[1], lang);
    if (organisationCueBefore.test(before) || organisationCueAfter.test(after) || headAfter) {
      spans.push({ start, end: start + inner.length, kind: 'ORG', text: inner, canonical: inner });
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
    const three = isNameWord(third) && spacedApart(text, second.end, third.start) && hasSurnameShape(third.text, lang);
    // At a sentence's start a capitalised word before a given name and surname is a title (Jurnalist İlkin Amrahov), unless the second word is a patronymic or the dictionary knows the first as a name.
    const titled = three && startsSentence(text, first) && !isPatronymic(second.text, lang) && dictionaryReading(first.text, lang) !== 'proper';
    const words = titled ? [second, third] : three ? [first, second, third] : [first, second];
    // A surname among the words, or a role next to them (председатель …, …, корреспондент).
    if (words.some((word) => isHead(word, lang))) continue;
    const shaped = words.some((word) => hasSurnameShape(word.text, lang)) || (!titled && isKnownGivenName((words[0] as Token).text, lang));
    const begin = (words[0] as Token).start;
    const end = (words.at(-1) as Token).end;
    const role = hasRoleBefore(text, begin) || /^\s*,\s*\p{Ll}/u.test(text.slice(end, end + 3));
    if (!shaped && !role) continue;
    spans.push({ start: begin, end, kind: 'PER', text: text.slice(begin, end), canonical: personBaseName(words.map((word) => word.text), lang) });
    i += titled ? 2 : words.length - 1;
  }
  return spans;
}

/** Most words between a head noun and the capitalised word that starts the organisation's name. */
const MAX_NAME_WORDS_BEFORE_HEAD = 5;

/** A singular head noun of an organisation's name (ұйымдардың, "organisations", is not one). */
export function isHeadWord(word: string | undefined, lang: LanguageCode): boolean {
  return word !== undefined && headWords.get(word, lang);
}

/** isHeadWord of a token's text. */
function isHead(token: Token | undefined, lang: LanguageCode): boolean {
  return isHeadWord(token?.text, lang);
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
 * The most words an organisation phrase reaches back over from its head (the corpora's longest
 * name has 10): a run of capitalised words and heads without end (a hostile or broken text) gives
 * phrases of at most this length, so that the phrases, and the linking of each, stay linear in the text.
 */
const MAX_PHRASE_WORDS = 20;

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
  const { everyWordCapitalised, obliqueCase, connectors } = headFinal;
  const { organisationCueAfter } = languagePack(lang).names;
  const spaced = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && spacedApart(text, a.end, b.start);
  const capitalised = (token: Token | undefined): boolean => token !== undefined && isAt(token.text, 0, UPPER);
  /** Token k ends a person's name: a surname, or any name word after a given name the dictionary knows (the word before neither a head, nor in the genitive that qualifies a name). */
  const isPersonEnd = (k: number): boolean => {
    const given = tokens[k - 1];
    return isNameWord(given) && (hasSurnameShape((tokens[k] as Token).text, lang) || isKnownGivenName(given.text, lang)) && spaced(given, tokens[k]) && !isHead(given, lang) && !headFinal.genitive.test(given.text);
  };
  /**
   * Token k is capitalised, or a connector after a capitalised word that is neither an acronym,
   * a surname nor a head, which ends a name of its own, where every word of a name is
   * (Təhlükəsizlik və Əməkdaşlıq; not UNICEF və …, not Konstitusiya Məhkəməsi və …).
   */
  const joins = (k: number): boolean => {
    if (capitalised(tokens[k])) return true;
    const before = tokens[k - 1];
    return everyWordCapitalised && connectors.includes(tokens[k]?.text ?? '') && isNameWord(before) && spaced(before, tokens[k]) && !hasSurnameShape(before.text, lang) && !isHead(before, lang);
  };
  const spans: Span[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head || !isHead(head, lang)) continue;
    // Where every word of a name is capitalised, a lower-case head is a common noun: one that describes the name before it (… təşkilatı) is left out.
    const describing = everyWordCapitalised && !capitalised(head);
    if (describing && !organisationCueAfter.test(` ${headBaseForm(head.text, lang)}`)) continue;
    const last = describing ? h - 1 : h;
    let searchFrom = h;
    let start = -1;
    for (;;) {
      let found = -1;
      for (let k = searchFrom - 1; k >= Math.max(0, searchFrom - MAX_NAME_WORDS_BEFORE_HEAD); k--) {
        if (!spaced(tokens[k], tokens[k + 1])) break;
        if (capitalised(tokens[k])) { found = k; break; }
      }
      if (found === -1) break;
      start = found;
      while (start > 0 && last - start < MAX_PHRASE_WORDS && spaced(tokens[start - 1], tokens[start]) && joins(start - 1)
        && (!startsSentence(text, tokens[start - 1] as Token) || everyWordCapitalised || isKnownPlaceOrPerson(tokens[start - 1] as Token) === 'qualifier')) start--;
      const before = tokens[start - 1];
      if (!before || last - start >= MAX_PHRASE_WORDS || !spaced(before, tokens[start]) || !isHead(before, lang) || !headFinal.genitive.test(before.text)) break;
      searchFrom = start - 1;
    }
    if (start === -1) continue;
    // Only a name's last word is in a case other than the nominative or genitive (Haaqada | Beynəlxalq Cinayət Məhkəməsi), and a person
    // named before another capitalised word is not part of it (Əli Kərimli | Xalq Cəbhəsi Partiyası).
    for (let k = last - 1; k >= start; k--) {
      const word = tokens[k] as Token;
      if (obliqueCase.test(word.text) || (k + 1 < last && capitalised(tokens[k + 1]) && !isHead(tokens[k + 1], lang) && isPersonEnd(k))) {
        start = k + 1;
        break;
      }
    }
    while (start < last && !capitalised(tokens[start])) start++;
    // A place in the genitive or nominative qualifies the name (Rusiya Federasiyasının …); in another case it does not.
    while (start < last && isKnownPlaceOrPerson(tokens[start] as Token) === 'other') start++;
    const from = tokens[start];
    const to = tokens[last];
    if (start >= last + (describing ? 1 : 0) || !from || !to || (describing && isKnownPlaceOrPerson(from) !== undefined)) continue;
    const words = tokens.slice(start, last + 1).map((token) => token.text);
    const canonical = describing ? words.join(' ') : [...words.slice(0, -1), headBaseForm(head.text, lang)].join(' ');
    spans.push({ start: from.start, end: to.end, kind: 'ORG', text: text.slice(from.start, to.end), canonical });
  }
  return spans;
}

/** Most capitalised words of a region's name before its region word (Qorno-Badəxşan Muxtar Vilayəti). */
const MAX_REGION_NAME_WORDS = 3;

/** The base form of a region word (vilayətində → vilayəti; a form listed whole, as Russian's области, is its own), if the word is one. */
const regionWordForms = new WordMemo((word, lang) => {
  const words = languagePack(lang).names.regionWords;
  const lower = word.toLocaleLowerCase(lang);
  if (words.includes(lower)) return lower;
  return candidateKeys(word, lang).filter((form) => words.includes(form) && lower.startsWith(form)).sort((a, b) => b.length - a.length)[0] ?? '';
});

/**
 * Regions named with their region word (see NameCues.regionWords): the capitalised words right
 * before it, none in the genitive or another case (Qazaxıstanın | Aqtöbe vilayətində), and
 * neither a surname nor a sentence's first word before another of them (Tokayev | Ulutau
 * vilayəti; Polis | Pavlodar vilayəti), and the word. Where a region's name is an adjective that
 * agrees with its region word (Russian: Ставропольского края, Чеченской республики; the pack's
 * `regionAdjectives`), it is one capitalised adjective that agrees with the lower-case region word
 * (not `Зеленский республику`; a capitalised `Республика` is a country's own name: `Исламской
 * Республики Иран`), at a sentence's start one the dictionary does not know as a common word (not
 * `Сельский округ`), and the name is written as the text has it.
 */
export function findRegionPhrases(text: string, tokens: readonly Token[], lang: LanguageCode): Span[] {
  const { headFinalOrganisations: headFinal, regionWords, regionAdjectives } = languagePack(lang).names;
  if (regionWords.length === 0) return [];
  const inflected = (word: string): boolean => headFinal !== false && (headFinal.genitive.test(word) || headFinal.obliqueCase.test(word));
  const spans: Span[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const word = tokens[h] as Token;
    const base = regionWordForms.get(word.text, lang);
    if (base === '') continue;
    if (regionAdjectives !== undefined) {
      const adjective = tokens[h - 1] as Token;
      if (!isNameWord(adjective) || !agreesWithRegionWord(adjective.text, word.text, lang) || !spacedApart(text, adjective.end, word.start)
        || (startsSentence(text, adjective) && dictionaryReading(adjective.text, lang) === 'common')) continue;
      spans.push({ start: adjective.start, end: word.end, kind: 'LOC', text: text.slice(adjective.start, word.end), canonical: text.slice(adjective.start, word.end) });
      continue;
    }
    let start = h;
    while (start > 0 && h - start < MAX_REGION_NAME_WORDS && isNameWord(tokens[start - 1]) && spacedApart(text, (tokens[start - 1] as Token).end, (tokens[start] as Token).start)
      && !inflected((tokens[start - 1] as Token).text) && (start === h || (!hasSurnameShape((tokens[start - 1] as Token).text, lang) && !startsSentence(text, tokens[start - 1] as Token)))) start--;
    if (start === h) continue;
    const from = tokens[start] as Token;
    const words = tokens.slice(start, h).map((token) => token.text);
    spans.push({ start: from.start, end: word.end, kind: 'LOC', text: text.slice(from.start, word.end), canonical: [...words, base].join(' ') });
  }
  return spans;
}

/** Whether `adjective` agrees with the lower-case region word `word` (see NameCues.regionAdjectives). */
function agreesWithRegionWord(adjective: string, word: string, lang: LanguageCode): boolean {
  const agreeing = languagePack(lang).names.regionAdjectives?.agreeing[word];
  return agreeing !== undefined && agreeing.test(adjective);
}

/**
 * A known organisation right before a region named by its adjective and region word in the
 * genitive is that region's own body, one name: `Государственной думы Ставропольского края` is the
 * krai's duma, not the State Duma (`Прокуратуры Павлодарской области`, `ФСБ Чеченской
 * республики`; not `Госдума | Краснодарскому краю выделила`, and not a country's own name:
 * `Жогорку Кенеш | Кыргызской Республики`). Where the language names regions so (the pack's
 * `regionAdjectives`); `organisations` and `places` in text order. The name is written as the
 * text has it (a canonical name of the body's may name its country: Парламент РК).
 */
export function regionalBodies(text: string, organisations: readonly Span[], places: readonly Span[], lang: LanguageCode): Span[] {
  const { regionAdjectives } = languagePack(lang).names;
  if (regionAdjectives === undefined || places.length === 0) return [];
  const placeAt = new Map(places.map((place) => [place.start, place]));
  const bodies: Span[] = [];
  for (const body of organisations) {
    const after = /^[ \u00a0]{1,3}(?=\p{L})/u.exec(text.slice(body.end, body.end + 4))?.[0].length;
    const place = after === undefined ? undefined : placeAt.get(body.end + after);
    const words = place?.text.split(/[ \u00a0]+/u) ?? [];
    const [adjective, word] = words;
    if (!place || words.length !== 2 || adjective === undefined || word === undefined || !regionAdjectives.genitive.includes(word) || !agreesWithRegionWord(adjective, word, lang)) continue;
    const name = text.slice(body.start, place.end);
    bodies.push({ start: body.start, end: place.end, kind: 'ORG', text: name, canonical: name });
  }
  return bodies;
}
