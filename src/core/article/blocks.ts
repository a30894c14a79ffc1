import type { Root, RootContent } from 'mdast';
import { LineIndex } from '../text/lineIndex';
import { nextLineStart } from './frontMatterBlock';
import { parseMarkdownBlocks } from './markdownTree';

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'other';

/** A block of the body with exact UTF-16 offsets into the whole file text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** The source text of the block, trimmed of surrounding white space. */
  text: string;
  /** 1-based line numbers within the body (stable when the front matter changes size). */
  firstLine: number;
  lastLine: number;
  /** The block stands alone: blank lines (or the start/end of the body) around it. */
  standsAlone: boolean;
}

/** Plain-text list items: a bullet character and a space. */
const BULLET = /^[•·▪◦‣●–—-]\s/u;

function kindOf(node: RootContent): BlockKind {
  switch (node.type) {
    case 'heading': return 'heading';
    case 'paragraph': return 'paragraph';
    case 'listItem': return 'listItem';
    case 'blockquote': return 'quote';
    default: return 'other';
  }
}

/** Chunks of about this many characters are parsed at a time (see `chunksOf`). */
const CHUNK_LENGTH = 64 * 1024;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u;

/**
 * Cuts the body at blank lines outside fenced code into chunks of about CHUNK_LENGTH. Blocks of
 * article text never span a blank line outside a fence, so parsing the chunks one by one gives
 * the same blocks, while a 10 MB article no longer keeps millions of parser tokens alive at once.
 */
function chunksOf(body: string): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let chunkStart = 0;
  let inFence = false;
  let lineStart = 0;
  while (lineStart < body.length) {
    const lineEnd = nextLineStart(body, lineStart) ?? body.length;
    const line = body.slice(lineStart, lineEnd);
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && line.trim() === '' && lineEnd - chunkStart >= CHUNK_LENGTH) {
      chunks.push({ start: chunkStart, end: lineEnd });
      chunkStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (chunkStart < body.length || chunks.length === 0) chunks.push({ start: chunkStart, end: body.length });
  return chunks;
}

/** Top-level nodes, with lists opened into their items. */
function topLevelNodes(root: Root): RootContent[] {
  return root.children.flatMap((node) => (node.type === 'list' ? node.children : [node]));
}

function isBlankLine(body: string, index: LineIndex, line: number): boolean {
  if (line < 0 || line >= index.lineCount) return true;
  const start = index.lineStart(line);
  const end = line + 1 < index.lineCount ? index.lineStart(line + 1) : body.length;
  return body.slice(start, end).trim() === '';
}

/**
 * Parses the body into blocks. A plain-text article (`.txt`) is not Markdown: every line is its
 * own paragraph, as news text is written, or a list item when it starts with a bullet. In
 * Markdown a paragraph keeps its wrapped lines, and headings, list items and quotes are blocks.
 */
export function parseBlocks(body: string, bodyStart: number, options: { plainText: boolean }): Block[] {
  const index = new LineIndex(body);
  const blocks: Block[] = [];
  const push = (kind: BlockKind, start: number, end: number): void => {
    const raw = body.slice(start, end);
    const text = raw.trim();
    if (text === '') return;
    const blockKind = options.plainText && BULLET.test(text) ? 'listItem' : kind;
    const leading = raw.length - raw.trimStart().length;
    const trailing = raw.length - raw.trimEnd().length;
    const first = index.positionAt(start + leading).line;
    const last = index.positionAt(end - trailing).line;
    blocks.push({
      kind: blockKind,
      start: bodyStart + start + leading,
      end: bodyStart + end - trailing,
      text,
      firstLine: first + 1,
      lastLine: last + 1,
      standsAlone: isBlankLine(body, index, first - 1) && isBlankLine(body, index, last + 1),
    });
  };
  if (options.plainText) {
    for (let line = 0; line < index.lineCount; line++) {
      push('paragraph', index.lineStart(line), line + 1 < index.lineCount ? index.lineStart(line + 1) : body.length);
    }
    return blocks;
  }
  // Each chunk's syntax tree is turned into blocks and dropped before the next chunk is parsed.
  for (const chunk of chunksOf(body)) {
    for (const node of topLevelNodes(parseMarkdownBlocks(body.slice(chunk.start, chunk.end)))) {
      const offsetStart = node.position?.start.offset;
      const offsetEnd = node.position?.end.offset;
      if (offsetStart === undefined || offsetEnd === undefined) continue;
      push(kindOf(node), chunk.start + offsetStart, chunk.start + offsetEnd);
    }
  }
  return blocks;
}
