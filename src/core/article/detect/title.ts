import type { Block } from '../blocks';
import { ORGANISATION_HEADER_ENDINGS } from './boilerplatePatterns';

export interface TitleDetection {
  /** The headline block, or undefined when the article has none (it starts with running text). */
  title: Block | undefined;
  /** The site's own header line above the headline ("Алматы қаласы Дін істері жөніндегі басқармасы"). */
  siteHeader: Block | undefined;
}

const MAX_TITLE_LENGTH = 200;
const MAX_TITLE_WORDS = 25;
const SENTENCE_END = /[.;:,…]$/u;

/** A line that reads as a headline: a Markdown heading, or a short line on its own with no final stop. */
export function isHeadlineLike(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' || !block.standsAlone || block.firstLine !== block.lastLine) return false;
  const words = block.text.split(/\s+/u).length;
  return block.text.length <= MAX_TITLE_LENGTH && words <= MAX_TITLE_WORDS && words >= 2
    && !SENTENCE_END.test(block.text) && /\p{L}/u.test(block.text);
}

/** The title is the first block when it reads as a headline; otherwise the article has none. */
export function detectTitle(blocks: readonly Block[]): TitleDetection {
  const [first, second] = blocks;
  if (!first || !isHeadlineLike(first)) return { title: undefined, siteHeader: undefined };
  if (second && isHeadlineLike(second) && first.kind !== 'heading' && ORGANISATION_HEADER_ENDINGS.test(first.text)) {
    return { title: second, siteHeader: first };
  }
  return { title: first, siteHeader: undefined };
}

/** The text of a title as metadata: a Markdown heading loses its `#` marks. */
export function titleText(block: Block): string {
  return block.kind === 'heading' ? block.text.replace(/^#{1,6}\s+|\s+#+\s*$/gu, '') : block.text;
}
