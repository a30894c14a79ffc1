import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { printItems, printNode, printPair, indent } from './print';

// The writer changes a few keys of a front matter that a person may have written by hand. Printing
// the whole Document again would reformat everything else (numbers, folded blocks, comments after
// `key:`, explicit `? key` entries, tags), so the text is edited in place instead: the pristine
// Document (as parsed) is compared with the working copy the writer changed, and only the lines of
// pairs that differ are replaced, removed or inserted. Every other byte is copied from the source.

interface TextEdit { start: number; end: number; text: string }

/** An identity for a key: its value for a scalar, its position for anything else. */
function keyId(key: unknown): string {
  if (isScalar(key)) return `${typeof key.value}:${String(key.value)}`;
  if (key === null || key === undefined) return 'null';
  return isNode(key) && key.range ? `node@${key.range[0]}` : `other:${JSON.stringify(key)}`;
}

/** Whether a working node is still the parsed one, untouched (new nodes have no source range). */
function sameNode(pristine: unknown, working: unknown): boolean {
  if (pristine === null || pristine === undefined) return working === null || working === undefined;
  if (isPair(pristine)) return isPair(working) && sameNode(pristine.key, working.key) && sameNode(pristine.value, working.value);
  if (!isNode(pristine) || !isNode(working) || !pristine.range || !working.range) return false;
  if (pristine.range[0] !== working.range[0] || pristine.range[2] !== working.range[2] || pristine.tag !== working.tag) return false;
  if (isScalar(pristine)) return isScalar(working) && pristine.value === working.value && pristine.type === working.type;
  if (isAlias(pristine)) return isAlias(working) && pristine.source === working.source;
  if (isMap(pristine) || isSeq(pristine)) {
    if (Boolean(pristine.flow) !== Boolean((working as YAMLMap | YAMLSeq).flow)) return false;
    const items = (working as YAMLMap | YAMLSeq).items;
    return (isMap(pristine) ? isMap(working) : isSeq(working)) && pristine.items.length === items.length
      && pristine.items.every((item, i) => sameNode(item, items[i]));
  }
  return false;
}

function lineStart(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  return start;
}

/** The offset past the line break that ends the line at `offset`, if only blanks or a comment remain on it. */
function lineEnd(source: string, offset: number): number {
  if (offset > 0 && source[offset - 1] === '\n') return offset;
  const newline = source.indexOf('\n', offset);
  const end = newline === -1 ? source.length : newline + 1;
  return /^[ \t]*(?:#[^\n]*)?\r?\n?$/u.test(source.slice(offset, end)) ? end : offset;
}

/** The leading spaces of the line that holds `offset`. */
function columnAt(source: string, offset: number): number {
  const start = lineStart(source, offset);
  let column = 0;
  while (source[start + column] === ' ') column++;
  return column;
}

/** The lines of a pair: from the start of its key's line past the line break after its value. */
function spanOf(source: string, pair: Pair): { start: number; end: number } {
  const key = pair.key as { range?: [number, number, number] } | null;
  const value = pair.value as { range?: [number, number, number] } | null;
  const start = lineStart(source, key?.range?.[0] ?? value?.range?.[0] ?? 0);
  const end = value?.range?.[2] ?? key?.range?.[2] ?? start;
  return { start, end: lineEnd(source, end) };
}

class Splicer {
  readonly edits: TextEdit[] = [];

  constructor(private readonly source: string, private readonly eol: string) {}

  /** Edits a block mapping of the source so that it says what the working mapping says. */
  editMap(pristine: YAMLMap, working: YAMLMap): void {
    const first = pristine.items[0] as Pair;
    const indentation = columnAt(this.source, spanOf(this.source, first).start);
    const pristineByKey = new Map(pristine.items.map((pair) => [keyId(pair.key), pair] as const));
    const workingKeys = new Set(working.items.map((pair) => keyId(pair.key)));
    for (const pair of pristine.items) {
      if (!workingKeys.has(keyId(pair.key))) this.edits.push({ ...spanOf(this.source, pair), text: '' });
    }
    let anchor = spanOf(this.source, first).start;
    let pending = '';
    const flush = (): void => {
      if (pending === '') return;
      const needsBreak = anchor > 0 && this.source[anchor - 1] !== '\n';
      this.edits.push({ start: anchor, end: anchor, text: (needsBreak ? this.eol : '') + pending });
      pending = '';
    };
    for (const pair of working.items) {
      const before = pristineByKey.get(keyId(pair.key));
      if (!before) {
        pending += printPair(isScalar(pair.key) ? pair.key.value : pair.key, pair.value, indentation, this.eol);
        continue;
      }
      flush();
      const span = spanOf(this.source, before);
      this.editPair(before, pair, span, indentation);
      anchor = span.end;
    }
    flush();
  }

  private editPair(before: Pair, after: Pair, span: { start: number; end: number }, column: number): void {
    const was = before.value;
    const now = after.value;
    if (sameNode(was, now)) return;
    if (isMap(was) && isMap(now) && !was.flow && !now.flow && was.items.length > 0) {
      this.editMap(was, now);
      return;
    }
    if (isSeq(was) && isSeq(now) && !was.flow && was.items.length > 0 && now.items.length > was.items.length
      && was.items.every((item, i) => sameNode(item, now.items[i]))) {
      const firstItem = was.items[0] as { range?: number[] } | null;
      const dashColumn = columnAt(this.source, firstItem?.range?.[0] ?? span.start);
      const end = lineEnd(this.source, was.range?.[2] ?? span.end);
      this.edits.push({ start: end, end, text: printItems(now.items.slice(was.items.length), dashColumn, this.eol) });
      return;
    }
    const printed = printPair(isScalar(after.key) ? after.key.value : after.key, now, column, this.eol);
    const comment = this.commentOnKeyLine(before);
    const firstBreak = printed.indexOf(this.eol);
    const text = comment === '' || firstBreak === -1 ? printed : printed.slice(0, firstBreak) + comment + printed.slice(firstBreak);
    this.edits.push({ ...span, text });
  }

  /**
   * A comment at the end of a pair's first line (`title: x   # checked`, `places: # checked`),
   * with the blanks before it, so that a value rewritten on its own lines keeps it.
   */
  private commentOnKeyLine(pair: Pair): string {
    const keyEnd = (pair.key as { range?: number[] } | null)?.range?.[1];
    if (keyEnd === undefined) return '';
    let lineEndAt = keyEnd;
    while (lineEndAt < this.source.length && this.source[lineEndAt] !== '\n' && this.source[lineEndAt] !== '\r') lineEndAt++;
    const valueRange = (pair.value as { range?: number[] } | null)?.range;
    const from = valueRange?.[0] !== undefined && valueRange[0] < lineEndAt
      ? valueRange[1] ?? lineEndAt
      : this.source.indexOf(':', keyEnd) + 1;
    if (from <= 0 || from > lineEndAt) return '';
    const rest = this.source.slice(from, lineEndAt);
    return /^[ \t]+#/u.test(rest) ? rest.trimEnd() : '';
  }

  apply(): string {
    // Insertions before replacements at the same offset; otherwise in the order they were made.
    const ordered = this.edits.map((edit, order) => ({ edit, order }))
      .sort((a, b) => a.edit.start - b.edit.start || Number(a.edit.end > a.edit.start) - Number(b.edit.end > b.edit.start) || a.order - b.order);
    let out = '';
    let cursor = 0;
    for (const { edit } of ordered) {
      if (edit.start < cursor) throw new Error(`overlapping front matter edits at ${edit.start}`);
      out += this.source.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    return out + this.source.slice(cursor);
  }
}

/**
 * The front matter YAML `source` edited so that it reads as `working` (a changed copy of
 * `pristine`, the Document parsed from `source`). Bytes outside the changed pairs are kept.
 */
export function spliceFrontMatter(source: string, pristine: Document, working: Document, eol: string): string {
  const before = pristine.contents;
  const after = working.contents;
  if (isMap(before) && !before.flow && before.items.length > 0 && isMap(after)) {
    const splicer = new Splicer(source, eol);
    splicer.editMap(before, after);
    return splicer.apply();
  }
  if (sameNode(before, after)) return source;
  const printed = indent(printNode(after), 0, eol);
  if (before === null) {
    const needsBreak = source !== '' && !source.endsWith('\n');
    return source + (needsBreak ? eol : '') + printed;
  }
  // A flow mapping (`{}`) at the top: written again as a block mapping.
  const [start, , end] = isNode(before) && before.range ? before.range : [0, 0, source.length];
  return source.slice(0, start) + printed + source.slice(lineEnd(source, end));
}
