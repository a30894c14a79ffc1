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

/** "передаёт корреспондент «24KZ»": an outlet not in the list, named by the reporting formula. */
const REPORTING_FORMULA = /(?:переда[её]т|сообщает|хабарлайды)\s+(?:собственный\s+)?(?:корреспондент|тілшісі)\s+(?:(?:МИА|ИА|агентства|телеканала|портала)\s+)?«([^«»\n]{2,40})»/iu;

/** The outlet the article names as its source: the first one in reading order. */
export function findSource(blocks: readonly Block[]): SourceMention | undefined {
  let best: SourceMention | undefined;
  for (const block of blocks) {
    for (const { name, pattern } of OUTLET_PATTERNS) {
      const match = pattern.exec(block.text);
      if (match && (best === undefined || block.start + match.index < best.offset)) {
        best = { name, offset: block.start + match.index };
      }
    }
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
