import type { MentionAnchor, TextRange } from './types';

/** How much context an anchor keeps on each side of a mention, in UTF-16 code units, before it is cut to whole words. */
const CONTEXT_LENGTH = 24;
const OPEN = '[[';
const CLOSE = ']]';

/** Start offsets of the occurrences of `needle` in `body`, not overlapping, in order. */
function occurrences(body: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words before `start` on its line, at most CONTEXT_LENGTH long, never starting mid-word. */
function contextBefore(body: string, start: number): string {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - CONTEXT_LENGTH);
  let before = body.slice(from, start);
  if (from > lineStart && LETTER_OR_DIGIT.test(body[from - 1] ?? '') && LETTER_OR_DIGIT.test(before[0] ?? '')) before = before.replace(/^[\p{L}\p{N}]+/u, '');
  return before.replace(/^\s+/u, '');
}

/** The words after `end` on its line, at most CONTEXT_LENGTH long, never ending mid-word. */
function contextAfter(body: string, end: number): string {
  const newline = body.indexOf('\n', end);
  const lineEnd = newline === -1 ? body.length : newline;
  const to = Math.min(lineEnd, end + CONTEXT_LENGTH);
  let after = body.slice(end, to);
  if (to < lineEnd && LETTER_OR_DIGIT.test(body[to] ?? '') && LETTER_OR_DIGIT.test(after.at(-1) ?? '')) after = after.replace(/[\p{L}\p{N}]+$/u, '');
  return after.replace(/\s+$/u, '');
}

/** The anchor of the words [start, end) of the body (offsets into the body). */
export function anchorOf(body: string, range: TextRange): MentionAnchor {
  const text = body.slice(range.start, range.end);
  const at = occurrences(body, text).filter((offset) => offset <= range.start).length;
  return { text, at: Math.max(at, 1), before: contextBefore(body, range.start), after: contextAfter(body, range.end) };
}

/** An anchor as the front matter writes it: `words before [[the mention]] words after`. */
export function printMention(anchor: MentionAnchor): string {
  return `${anchor.before}${OPEN}${anchor.text}${CLOSE}${anchor.after}`;
}

/** Reads `words before [[the mention]] words after`; undefined when there are no brackets or nothing inside them. */
export function parseMention(written: string, at: number): MentionAnchor | undefined {
  const open = written.indexOf(OPEN);
  const close = written.lastIndexOf(CLOSE);
  if (open === -1 || close < open + OPEN.length + 1 || !Number.isInteger(at) || at < 1) return undefined;
  return { before: written.slice(0, open), text: written.slice(open + OPEN.length, close), after: written.slice(close + CLOSE.length), at };
}

export type Located =
  /** Found: where the decision said, or (moved) at the one place its words and context are now. */
  | { found: true; start: number; end: number; moved: boolean }
  /** Not found safely; `candidate` is the occurrence of its words nearest to where it was, if any. */
  | { found: false; candidate?: number };

/**
 * Where an anchored mention is in the body now (offsets into the body). The recorded occurrence
 * is used when its context still fits; otherwise the one occurrence whose context fits, or the
 * one whose context fits on one side. Anything less certain is stale: a decision is never
 * applied to words it was not made on.
 */
export function locateMention(body: string, anchor: MentionAnchor): Located {
  const found = occurrences(body, anchor.text);
  const length = anchor.text.length;
  const fitsBefore = (offset: number): boolean => body.slice(Math.max(0, offset - anchor.before.length), offset) === anchor.before;
  const fitsAfter = (offset: number): boolean => body.startsWith(anchor.after, offset + length);
  const at = (offset: number, moved: boolean): Located => ({ found: true, start: offset, end: offset + length, moved });
  const recorded = found[anchor.at - 1];
  if (recorded !== undefined && fitsBefore(recorded) && fitsAfter(recorded)) return at(recorded, false);
  const fitting = found.filter((offset) => fitsBefore(offset) && fitsAfter(offset));
  if (fitting.length === 1 && fitting[0] !== undefined) return at(fitting[0], true);
  const halfFitting = fitting.length === 0 ? found.filter((offset) => (anchor.before !== '' && fitsBefore(offset)) || (anchor.after !== '' && fitsAfter(offset))) : [];
  if (halfFitting.length === 1 && halfFitting[0] !== undefined) return at(halfFitting[0], true);
  const nearest = found[Math.min(anchor.at, found.length) - 1];
  return nearest === undefined ? { found: false } : { found: false, candidate: nearest };
}
