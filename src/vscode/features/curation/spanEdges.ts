/** Which edge of a tag moves, and which way: the words of a tag are widened or narrowed one word at a time. */
export type SpanMove = 'widenEnd' | 'narrowEnd' | 'widenStart' | 'narrowStart';

const NEXT_WORD = /^[^\p{L}\p{N}\n]*[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*[»”")]?/u;
const PREVIOUS_WORD = /[«“"(]?[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*[^\p{L}\p{N}\n]*$/u;
const LAST_WORD = /\s+\S+$/u;
const FIRST_WORD = /^\S+\s+/u;

/**
 * The new edges of a tag on [start, end) of `text` (UTF-16 offsets) after one move: the next or
 * previous word on the same line joins it, or its last or first word leaves it. Undefined when
 * there is no word to take or to give (a one-word tag is not narrowed to nothing).
 */
export function moveSpanEdge(text: string, start: number, end: number, move: SpanMove): { start: number; end: number } | undefined {
  const words = text.slice(start, end);
  switch (move) {
    case 'widenEnd': {
      const found = NEXT_WORD.exec(text.slice(end, end + 200));
      return found ? { start, end: end + found[0].length } : undefined;
    }
    case 'widenStart': {
      const from = Math.max(0, start - 200);
      const found = PREVIOUS_WORD.exec(text.slice(from, start));
      return found ? { start: from + found.index, end } : undefined;
    }
    case 'narrowEnd': {
      const found = LAST_WORD.exec(words);
      return found ? { start, end: start + found.index } : undefined;
    }
    case 'narrowStart': {
      const found = FIRST_WORD.exec(words);
      return found ? { start: start + found[0].length, end } : undefined;
    }
  }
}
