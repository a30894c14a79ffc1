import { classAt, CYRILLIC, LETTER, unitsAt } from '../text/characters';
import type { Span } from './types';

/** A capitalised Latin word of at most 40 characters, with ’ ' & - only between its letters (Wall-Street, Christie’s, AT&T). */
const LATIN_WORD = String.raw`(?=\p{Script=Latin})\p{Lu}(?:[\p{Script=Latin}\p{N}]|[’'&-](?=[\p{Script=Latin}\p{N}])){0,40}`;
/** Lower-case words inside one Latin name (Bank of East Asia, Ernst & Young, Bill and Melinda Gates Foundation; `and` only where the run ends as a body's name does: see joinLatinRuns). */
const CONNECTOR = String.raw`(?:of|the|for|and|de|du|des|la|le|von|van|der|&)`;
/**
 * A Kazakh case ending after a hyphen, part of the name as KazNERD draws it (The Wall Street
 * Journal-ға, Bek Air-дің, Stock Exchange-тегі): at most seven letters, where a longer word is a
 * compound's (IT-стартаптар).
 */
const CASE_SUFFIX = /(?:-\p{Script=Cyrillic}{1,7}(?!\p{L}))/u;
const TRAILING_SUFFIX = new RegExp(`${CASE_SUFFIX.source}$`, 'u');

/**
 * The blocks that hold every capital letter of the Latin script (a unit test checks each one),
 * tried first at each position: one range test rejects the other letters of a Cyrillic text
 * before the run's look-behinds and Unicode property tests are read (five times less time).
 */
export const LATIN_CAPITAL_BLOCKS = String.raw`(?=[A-Z\u00C0-\u02AF\u1D00-\u1EFF\u2100-\u218F\u2C60-\u2C7F\uA720-\uA7FF\uAB30-\uAB6F\uFF21-\uFF3A\u{10780}-\u{107BF}\u{1DF00}-\u{1DFFF}])`;

/**
 * Two or more capitalised Latin words, with at most two connectors between two of them (of the,
 * von der: a run of connectors would make a name of any length), apart from any other letter,
 * digit or sign of a word (an apostrophe after a letter: l'Oreal).
 */
const LATIN_RUN = new RegExp(String.raw`${LATIN_CAPITAL_BLOCKS}(?<![\p{L}\p{N}.@/_&-])(?<!\p{L}[’'])${LATIN_WORD}(?:(?: ${CONNECTOR}){0,2} ${LATIN_WORD})+${CASE_SUFFIX.source}?(?![\p{L}\p{N}@/_&]|[’'.-]\p{L})`, 'gu');
/** `and` between two names (Apple and Google), unless the run ends as a body's or an event's name does. */
const AND = / and /u;
/** Capitalised particles of persons' names, which are no words of their own (Kevin De Bruyne, Jean-Claude Van Damme). */
const PARTICLE = /^(?:De|Van|Von|Da|Di|Del|Della|Der|Du|Des|Le|La)$/u;
/** A longer run is more likely a title or a quoted sentence than one name. */
const MAX_RUN_WORDS = 6;
const CAPITALISED = new RegExp(LATIN_WORD, 'gu');
/** The last words of English names of events (Corus Chess Tournament); not Fair, Games or Congress, which end other names too (Vanity Fair, Epic Games, Library of Congress). */
const EVENT_HEAD = /[ ](?:Tournament|Championships?|Cup|Olympics|Olympiad|Festival|Forum|Summit|Conference|Awards?|Expo|Prix|Marathon|Contest|Week)$/u;
/** The last words of English names of organisations (Digital Sky Technologies, World Fashion Channel, London Stock Exchange). */
const ORGANISATION_HEAD = /[ ](?:Technologies|Technology|Channel|Group|Bank|Partners|Journal|Times|News|Media|Holdings?|Investments?|Services?|Company|Corporation|Inc|Ltd|LLC|Systems|Solutions|Capital|Fund|Foundation|Institute|University|Airlines|Airways|Motors|Energy|Network|Agency|Association|Council|Committee|Exchange|Press|Post|Radio|TV|Watch|Labs?|Studios?|Cent(?:er|re)s?|Studies|Society|Club|Union|Party|Organi[sz]ation|Commission|Office|Trust|Alliance|Federation)$/u;

/** Whether the nearest letter before `start`, or after `end` (within 40 characters), is Cyrillic: the run is in a text of another script. */
function inCyrillicText(text: string, start: number, end: number): boolean {
  /** The character class of the nearest letter from `from` on, stepping by `step` (0: none). */
  const nearest = (from: number, step: number): number => {
    for (let i = from, seen = 0; i >= 0 && i < text.length && seen < 40; i += step === 1 ? unitsAt(text, i) : step, seen++) {
      const found = classAt(text, i);
      if ((found & LETTER) !== 0) return found;
    }
    return 0;
  };
  return ((nearest(start - 1, -1) | nearest(end, 1)) & CYRILLIC) !== 0;
}

/** Whether a name is a person's of two words or more: a whole name of its own (Elon Musk beside SpaceX). */
const isFullPerson = (span: Span): boolean => span.kind === 'PER' && /\s/u.test(span.text);

/**
 * The kind of a run made one name: an event or an organisation where its last word is an
 * event's or an organisation's (Tournament; Technologies, Channel, Exchange); else the pieces' one
 * kind where they share it (an event's piece elsewhere is an organisation's), but a run of three
 * words or more (particles not counted: Kevin | De Bruyne) cut into persons is an
 * organisation's name (World | Fashion Channel; a person's two-word name cut in two stays a
 * person: Mark | Zuckerberg); an organisation where a place is only part of it (Bank of America)
 * or the pieces' kinds differ (Digital | Sky Technologies). `words` are the run's capitalised words.
 */
function runKind(run: string, words: readonly string[], pieces: readonly Span[]): Span['kind'] {
  if (EVENT_HEAD.test(run)) return 'EVENT';
  if (ORGANISATION_HEAD.test(run)) return 'ORG';
  const kinds = new Set(pieces.map((piece) => piece.kind));
  const [kind] = kinds;
  // An event is named by its last word (above); a piece the model read as one, elsewhere, is an organisation's.
  if (kinds.size !== 1 || kind === undefined || kind === 'LOC' || kind === 'EVENT') return 'ORG';
  if (kind === 'PER' && pieces.length > 1 && words.filter((word) => !PARTICLE.test(word)).length > 2) return 'ORG';
  return kind;
}

/**
 * In Cyrillic text, a run of capitalised Latin words is one name: where the tagger found only
 * pieces of it (the model or the rules: `Digital | Sky Technologies`, `The Wall | Journal`, `Bank`
 * of `Bank of East Asia`), the pieces become the whole run, of the kind `runKind` gives, stamped
 * as a rule's. A run with nothing found in it (a title, a product) stays untagged. A run is left
 * as it is where a name reaches out of it, where it holds a date, a curator's name
 * (`isCuratorName`: the workspace gazetteer's, the curator memory's) or a person's whole name
 * beside another name (`SpaceX | Elon Musk`), or two names joined by `and` (`Apple and Google`),
 * unless the run ends as organisations' and events' names do (`Digital | Sky Technologies`, `Bill
 * and Melinda Gates Foundation`), or where its only pieces are the shipped lists'
 * (the list knows its extent: `Google` of `Google Chrome`). `spans` in text order, apart.
 */
export function joinLatinRuns(text: string, spans: readonly Span[], isCuratorName: (span: Span) => boolean = () => false): Span[] {
  if (spans.length === 0) return [...spans];
  const replaced = new Map<Span, Span | null>();
  let next = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < spans.length && (spans[next] as Span).end <= start) next++;
    const inside: Span[] = [];
    for (let k = next; k < spans.length && (spans[k] as Span).start < end; k++) inside.push(spans[k] as Span);
    if (inside.length === 0 || !inCyrillicText(text, start, end)) continue;
    const words = match[0].match(CAPITALISED) ?? [];
    if (words.length > MAX_RUN_WORDS) continue;
    if (inside.some((span) => span.start < start || span.end > end || span.kind === 'DATE' || isCuratorName(span))) continue;
    // The run's words without a case ending after them: their last word says what the name is.
    const bare = match[0].replace(TRAILING_SUFFIX, '');
    const headed = EVENT_HEAD.test(bare) || ORGANISATION_HEAD.test(bare);
    if (!headed && AND.test(bare)) continue;
    if (inside.every((span) => span.source === 'gazetteer') || (!headed && inside.length > 1 && inside.some(isFullPerson))) continue;
    const longest = inside.reduce((best, span) => (span.end - span.start > best.end - best.start ? span : best));
    if (longest.start === start && longest.end === end) continue;
    replaced.set(longest, { start, end, kind: runKind(bare, words, inside), text: match[0], canonical: bare, source: 'rule' });
    for (const span of inside) if (span !== longest) replaced.set(span, null);
  }
  if (replaced.size === 0) return [...spans];
  return spans.flatMap((span) => {
    const instead = replaced.get(span);
    return instead === undefined ? [span] : instead === null ? [] : [instead];
  });
}
