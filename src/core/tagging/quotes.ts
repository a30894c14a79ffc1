import { CharacterSet, classAt, LETTER, SPACE, unitsAt } from '../text/characters';
import { firstIndexWhere } from './spanSearch';
import type { Span } from './types';

const PAIRS: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“' };
/** A quotation longer than this many words, or with a clause inside, is a title or slogan, not a name. */
const NAME_MAX_WORDS = 6;
const CLAUSE = /[:;!?–—]/u;

export interface Quotation { start: number; end: number; slogan: boolean }

const NEWLINE = 0x0a;
/** Most characters are not quotation marks: a test on the code, before any string is made. */
const QUOTATION_MARKS = new CharacterSet(Object.entries(PAIRS).flat().join(''));

/**
 * The quotations of a text («…», “…”, „…“), outermost only; offsets include the marks. A mark is
 * closed by the first closing mark of its pair on the same line that leaves its own kind of mark
 * balanced; each kind is matched with a stack, so a line full of unclosed marks stays linear.
 */
export function quotations(text: string): Quotation[] {
  const open = new Map<string, number[]>(Object.keys(PAIRS).map((mark) => [mark, []]));
  const closes = new Map<string, string>(Object.entries(PAIRS).map(([mark, close]) => [close, mark]));
  const pairs: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      for (const stack of open.values()) stack.length = 0;
      continue;
    }
    if (!QUOTATION_MARKS.has(code)) continue;
    const character = text[i] ?? '';
    // “ closes „ and opens “: close first, as a scan from „ would see it.
    const closed = closes.get(character);
    const waiting = closed === undefined ? undefined : open.get(closed);
    const start = waiting?.pop();
    if (start !== undefined) pairs.push({ start, end: i });
    open.get(character)?.push(i);
  }
  pairs.sort((a, b) => a.start - b.start);
  const found: Quotation[] = [];
  let from = 0;
  for (const { start, end } of pairs) {
    if (start < from) continue;
    const inner = text.slice(start + 1, end);
    found.push({ start, end: end + 1, slogan: CLAUSE.test(inner) || hasMoreWordsThan(inner, NAME_MAX_WORDS) });
    from = end + 1;
  }
  return found;
}

/** Whether more than `limit` of the text's pieces between white space hold a letter. */
function hasMoreWordsThan(text: string, limit: number): boolean {
  let words = 0;
  let inPiece = false;
  let counted = false;
  for (let i = 0; i < text.length; i += unitsAt(text, i)) {
    const found = classAt(text, i);
    if ((found & SPACE) !== 0) {
      inPiece = false;
      continue;
    }
    if (!inPiece) {
      inPiece = true;
      counted = false;
    }
    if (!counted && (found & LETTER) !== 0) {
      counted = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

/**
 * Drops names found only by their shape inside a slogan or a title in quotes («Біртұтас …
 * қауымдастығын құру: … көзқарасы»): the quotation is not a name, and its words are not one.
 */
export function outsideSlogans<T extends Span>(text: string, spans: readonly T[]): T[] {
  return sloganFilter(text)(spans);
}

/** `outsideSlogans` for one text, its quotations (`found`, when the caller has them) found once for every list of spans it filters. */
export function sloganFilter(text: string, found: readonly Quotation[] = quotations(text)): <T extends Span>(spans: readonly T[]) => T[] {
  const slogans = found.filter((quotation) => quotation.slogan);
  return (spans) => (slogans.length === 0 ? [...spans] : spans.filter((span) => !insideSlogan(slogans, span)));
}

/**
 * The quotation of a list (in text order, not overlapping) that holds a span strictly inside it:
 * only the last one that starts before the span can.
 */
function holderOf(quotations: readonly Quotation[], span: Span): Quotation | undefined {
  const holder = quotations[firstIndexWhere(quotations.length, (k) => (quotations[k] as Quotation).start >= span.start) - 1];
  return holder !== undefined && span.end < holder.end ? holder : undefined;
}

function insideSlogan(slogans: readonly Quotation[], span: Span): boolean {
  return holderOf(slogans, span) !== undefined;
}

/**
 * Drops the names `listed` picks that lie inside a quoted name or title without being all of it:
 * «Цифрлы Қазақстан» бағдарламасы names a programme, «Смарт Астана» an application, «Единая
 * Россия» a party, and none of them mentions the place. A quoted name is short (at most
 * NAME_MAX_WORDS words, no clause) and begins with a capital or a digit; direct speech, which «»
 * also holds, is longer or has a clause, a quoted phrase begins in lower case (`«восстановление
 * прямых выборов глав регионов России»`), and names joined by a dash are each a name
 * (`«Республика Казахстан - Европейский Союз»`): all keep their names.
 */
export function withoutNamesInsideQuotedNames(text: string, spans: readonly Span[], listed: (span: Span) => boolean, found: readonly Quotation[] = quotations(text)): Span[] {
  const quoted = found.filter((quotation) => !quotation.slogan && isQuotedName(text.slice(quotation.start + 1, quotation.end - 1)));
  if (quoted.length === 0) return [...spans];
  // Where a name lies is a binary search; whose name it is may read the gazetteer: asked second.
  return spans.filter((span) => !partOfQuotation(text, quoted, span) || !listed(span));
}

const QUOTED_NAME = /^\s*[\p{Lu}\p{Nd}]/u;
const SPACED_DASH = /\s-\s/u;

function isQuotedName(inner: string): boolean {
  return QUOTED_NAME.test(inner) && !SPACED_DASH.test(inner);
}

/** Whether a span lies inside one of the quotations and is less than all of its words. */
function partOfQuotation(text: string, quoted: readonly Quotation[], span: Span): boolean {
  const holder = holderOf(quoted, span);
  if (holder === undefined) return false;
  const inner = text.slice(holder.start + 1, holder.end - 1);
  const first = holder.start + 1 + (inner.length - inner.trimStart().length);
  const last = holder.end - 1 - (inner.length - inner.trimEnd().length);
  return span.start > first || span.end < last;
}

/**
 * A name that opens a quotation ends with it: «Республика Казахстан - Европейский Союз» keeps its
 * closing mark when the words matched stop just before it.
 */
export function withClosingQuotes(text: string, spans: readonly Span[]): Span[] {
  return spans.map((span) => {
    let end = span.end;
    // Indexed, and a span without an opening mark (nearly every one) costs one search per mark.
    for (let p = 0; p < OPENING.length; p++) {
      const open = OPENING[p] as string;
      const opened = occurrences(span.text, open);
      if (opened === 0) continue;
      const close = CLOSING[p] as string;
      const closed = open === close ? 0 : occurrences(span.text, close);
      if (opened > closed && text[end] === close) end++;
    }
    return end === span.end ? span : { ...span, end, text: text.slice(span.start, end) };
  });
}

const OPENING = Object.keys(PAIRS);
const CLOSING = OPENING.map((open) => PAIRS[open] as string);

/** How many times a mark (one character) occurs in a text. */
function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/** The quotation marks that may close each opening one around a name: the pairs above, and straight and single quotes. */
const CLOSING_OF: Readonly<Record<string, string>> = { ...PAIRS, '"': '"', "'": "'", '‘': '’' };

/**
 * Whether the text from `start` to `end` is all of a quotation, spaces inside the marks allowed
 * (`«Сибирь»`, `« Каспий »`, `"Qarabağ"`): the name of a club, a paper or a brand named after a
 * place, not the place.
 */
export function isAllOfQuotation(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  const open = text[before];
  return open !== undefined && CLOSING_OF[open] !== undefined && text[after] === CLOSING_OF[open];
}
