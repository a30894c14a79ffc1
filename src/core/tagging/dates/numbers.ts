import { meaningOf, type TimeToken } from './tokens';

export interface NumberRead {
  value: number;
  /** Token index after the number. */
  next: number;
  ordinal: boolean;
  /** Written in digits (2003), not in words (екі мың үшінші). */
  digits: boolean;
  /** The digits token, whose glued suffix (2003-те) the caller reads. */
  token: TimeToken;
}

/**
 * A number at token `i`: digits, or number words combined as every language here writes them
 * (екі мың жиырмасыншы = 2·1000 + 20; две тысячи двадцатого; iki min iyirminci).
 */
export function numberAt(tokens: readonly TimeToken[], i: number): NumberRead | undefined {
  const first = tokens[i];
  if (first === undefined || first.glued) return undefined;
  if (first.num !== undefined) return { value: first.num, next: i + 1, ordinal: false, digits: true, token: first };
  let total = 0;
  let current = 0;
  let j = i;
  let ordinal = false;
  for (;;) {
    const word = meaningOf(tokens[j], 'number');
    if (word === undefined || ordinal) break;
    if (word.value === 1000) { total += Math.max(current, 1) * 1000; current = 0; }
    else if (word.value === 100) current = Math.max(current, 1) * 100;
    else if (word.value >= 2000 && word.value % 1000 === 0) { total += word.value; current = 0; }
    else current += word.value;
    ordinal = word.ordinal === true;
    j++;
  }
  if (j === i) return undefined;
  return { value: total + current, next: j, ordinal, digits: false, token: first };
}
