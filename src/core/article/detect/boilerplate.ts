import type { Block } from '../blocks';
import { BOILERPLATE_PHRASES, type BoilerplateReason } from './boilerplatePatterns';

export interface BoilerplateBlock {
  block: Block;
  reason: BoilerplateReason;
}

/** Longest block (in characters) that may count as footer furniture after the article ends. */
const FOOTER_BLOCK_MAX_LENGTH = 120;

export function boilerplatePhraseOf(block: Block): BoilerplateReason | undefined {
  if (block.text.length > 400) return undefined;
  return BOILERPLATE_PHRASES.find(({ pattern }) => pattern.test(block.text))?.reason;
}

/**
 * Marks blocks as boilerplate. `known` holds blocks already classified (site header, byline,
 * dateline). Once furniture appears in the last third of the article and only short blocks follow,
 * those blocks are the site's footer too ("Алматы қаласында діни нысандарды … іздеу." after an app
 * promotion).
 */
export function findBoilerplate(blocks: readonly Block[], known: ReadonlyMap<Block, BoilerplateReason>): BoilerplateBlock[] {
  const reasons = new Map<Block, BoilerplateReason>(known);
  for (const block of blocks) {
    if (reasons.has(block)) continue;
    const reason = boilerplatePhraseOf(block);
    if (reason) reasons.set(block, reason);
  }
  const footerFrom = Math.floor((blocks.length * 2) / 3);
  for (let i = footerFrom; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block || !reasons.has(block)) continue;
    const rest = blocks.slice(i + 1);
    if (rest.every((later) => reasons.has(later) || later.text.length <= FOOTER_BLOCK_MAX_LENGTH)) {
      for (const later of rest) if (!reasons.has(later)) reasons.set(later, 'site-footer');
    }
    break;
  }
  return blocks.flatMap((block) => {
    const reason = reasons.get(block);
    return reason ? [{ block, reason }] : [];
  });
}
