import type { Block } from '../blocks';

export interface Byline {
  authors: string[];
  block: Block;
}

const BYLINE = /^(?:авторы?|автор(?:лар|ы)|müəllif(?:lər)?|authors?|by)\s*:\s*(.+?)\.?$/iu;
const SEPARATOR = /\s*(?:,|;|\sи\s|\sжәне\s|\svə\s|\sand\s)\s*/u;

/** "Авторы: Жанат Эрнст, Жомарт Ахметов." → the two names, in the order written. */
export function bylineOf(block: Block): Byline | undefined {
  if (block.firstLine !== block.lastLine || block.text.length > 300) return undefined;
  const match = BYLINE.exec(block.text);
  const list = match?.[1];
  if (list === undefined) return undefined;
  const authors = list.split(SEPARATOR).map((name) => name.trim()).filter((name) => /\p{L}/u.test(name));
  return authors.length > 0 ? { authors, block } : undefined;
}
