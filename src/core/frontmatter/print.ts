import { Document, isNode, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { printSimpleNode } from './fastPrint';

/** How front matter is printed: long strings never folded, so every value stays on its line. */
const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/**
 * Characters that YAML 1.2 reads as text but that other readers (JavaScript's `m`-flag regexes,
 * some editors) take for line ends. Written values carry them as double-quoted escapes instead.
 */
const SEPARATORS = /[\u0085\u2028\u2029]/gu;
const HAS_SEPARATOR = /[\u0085\u2028\u2029]/u;
const ESCAPES: Readonly<Record<string, string>> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/** The YAML of one node as a document of its own, `\n` line breaks, no comments carried over. */
export function printNode(node: unknown): string {
  return printSimpleNode(node) ?? printWithLibrary(node);
}

/** printNode by the yaml library, for any node (the property test compares the two). */
export function printWithLibrary(node: unknown): string {
  const document = new Document();
  document.contents = isNode(node) ? node : document.createNode(node);
  visit(document, {
    Node(_, item) {
      if ('commentBefore' in item) item.commentBefore = null;
      if ('comment' in item) item.comment = null;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && HAS_SEPARATOR.test(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString(STRINGIFY_OPTIONS).replace(SEPARATORS, (character) => ESCAPES[character] ?? character);
}

/** `key: value` lines for one pair, each indented by `column` spaces, with the given line ending. */
export function printPair(key: unknown, value: unknown, column: number, eol: string): string {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return indent(printNode(map), column, eol);
}

/** `- item` lines for sequence items, each indented by `column` spaces. */
export function printItems(items: readonly unknown[], column: number, eol: string): string {
  const seq = new YAMLSeq();
  seq.items.push(...items);
  return indent(printNode(seq), column, eol);
}

export function indent(text: string, column: number, eol: string): string {
  const margin = ' '.repeat(column);
  return text.split('\n').map((line) => (line === '' || column === 0 ? line : margin + line)).join(eol);
}
