import type { Block } from '../blocks';
import data from './outlets.json';

export interface SourceMention {
  name: string;
  /** Where the outlet is named (UTF-16 offset into the file text). */
  offset: number;
}

interface Outlet { name: string; forms: string[] }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const OUTLET_PATTERNS = (data.outlets as Outlet[]).map((outlet) => ({
  name: outlet.name,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${outlet.forms.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'u'),
}));

/**
 * Every outlet in one pattern, a group each, in the list's order: its first match is where the
 * first outlet is named, and at one place the alternation tries the outlets in the list's order,
 * as trying each pattern in turn and keeping the earliest would. One pass over a block, not one per outlet.
 */
const ANY_OUTLET = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${(data.outlets as Outlet[]).map((outlet) => `(${outlet.forms.map(escapeRegExp).join('|')})`).join('|')})(?![\p{L}\p{N}])`, 'u');

/** The first outlet named in `text`: its name and where. */
function firstOutlet(text: string): { name: string; index: number } | undefined {
  const match = ANY_OUTLET.exec(text);
  if (match === null) return undefined;
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  const outlet = OUTLET_PATTERNS[group - 1];
  return outlet === undefined ? undefined : { name: outlet.name, index: match.index };
}

/** "передаёт корреспондент «24KZ»": an outlet not in the list, named by the reporting formula. */
const REPORTING_FORMULA = /(?:переда[её]т|сообщает|хабарлайды)\s+(?:собственный\s+)?(?:корреспондент|тілшісі)\s+(?:(?:МИА|ИА|агентства|телеканала|портала)\s+)?«([^«»\n]{2,40})»/iu;

/** The outlet the article names as its source: the first one in reading order. */
export function findSource(blocks: readonly Block[]): SourceMention | undefined {
  let best: SourceMention | undefined;
  for (const block of blocks) {
    const outlet = firstOutlet(block.text);
    if (outlet && (best === undefined || block.start + outlet.index < best.offset)) best = { name: outlet.name, offset: block.start + outlet.index };
    const formula = REPORTING_FORMULA.exec(block.text);
    const named = formula?.[1];
    if (formula && named !== undefined && (best === undefined || block.start + formula.index < best.offset)) {
      const known = OUTLET_PATTERNS.find(({ pattern }) => pattern.test(named));
      best = { name: known?.name ?? named, offset: block.start + formula.index };
    }
    if (best) return best;
  }
  return best;
}
