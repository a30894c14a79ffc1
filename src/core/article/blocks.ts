import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from '../text/lineIndex';

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

const parser = unified().use(remarkParse);
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
 * Parses the body into blocks. In plain-text articles (`.txt`) every line is its own paragraph,
 * as news text is written, so remark's paragraphs are split at line breaks; in Markdown a
 * paragraph keeps its wrapped lines.
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
  for (const node of topLevelNodes(parser.parse(body))) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const kind = kindOf(node);
    if (!options.plainText || kind === 'heading') {
      push(kind, start, end);
      continue;
    }
    const firstLine = index.positionAt(start).line;
    const lastLine = index.positionAt(end).line;
    for (let line = firstLine; line <= lastLine; line++) {
      const lineStart = Math.max(start, index.lineStart(line));
      const lineEnd = Math.min(end, line + 1 < index.lineCount ? index.lineStart(line + 1) : body.length);
      push(line === firstLine ? kind : kind === 'listItem' ? 'listItem' : 'paragraph', lineStart, lineEnd);
    }
  }
  return blocks;
}
