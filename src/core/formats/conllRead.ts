import { CodePointOffsets } from '../text/codePoints';
import type { SpanKind } from '../tagging/types';
import { type AnnotatedDocument, type DocumentSpan, type FormatProblem, EXPECTED_LABELS, isSpanKind, type ReadDocument, spanProblems } from './document';
import { DOCSTART, type SidecarLine } from './conll';

interface Row { token: string; tag: string; line: number; sentence: number }

/** Finds the sidecar line of a document: by id, else by its position in the file. */
export type SidecarLookup = (id: string | undefined, index: number) => SidecarLine | undefined;

/**
 * Reads CoNLL IOB2 line by line (`token … TAG`, the tag last), a document per `-DOCSTART-` line
 * (the whole file when there is none). A document with a broken tag sequence is reported and
 * skipped; the others are read. With a sidecar, the text and offsets are exactly the exported ones.
 */
export class ConllReader {
  private rows: Row[] = [];
  private id: string | undefined;
  private startLine = 1;
  private sentence = 0;
  private problems: FormatProblem[] = [];
  private index = 0;
  private started = false;

  constructor(private readonly file: string, private readonly sidecar: SidecarLookup | undefined, private readonly emit: (result: { document?: ReadDocument; problems: FormatProblem[] }) => void) {}

  line(text: string, lineNumber: number): void {
    const fields = text.trim().split(/[ \t]+/u);
    const first = fields[0] ?? '';
    if (first.startsWith(DOCSTART)) {
      if (this.started || this.rows.length > 0) this.finish();
      this.started = true;
      this.id = first.startsWith(`${DOCSTART}:`) ? first.slice(DOCSTART.length + 1) : undefined;
      this.startLine = lineNumber;
      return;
    }
    if (text.trim() === '') { this.sentence++; return; }
    if (this.rows.length === 0 && !this.started) this.startLine = lineNumber;
    if (fields.length < 2) { this.problems.push({ file: this.file, line: lineNumber, message: `expected a token and a tag, found '${text.trim()}'` }); return; }
    const tag = fields[fields.length - 1] as string;
    const problem = this.checkTag(tag);
    if (problem) { this.problems.push({ file: this.file, line: lineNumber, message: problem }); return; }
    this.rows.push({ token: first, tag, line: lineNumber, sentence: this.sentence });
  }

  end(): void {
    if (this.started || this.rows.length > 0 || this.problems.length > 0) this.finish();
  }

  private checkTag(tag: string): string | undefined {
    if (tag === 'O') return undefined;
    const match = /^([BI])-(.+)$/u.exec(tag);
    if (!match) return `'${tag}' is not an IOB2 tag (O, B-KIND or I-KIND)`;
    const kind = match[2] as string;
    if (!isSpanKind(kind)) return `unknown kind '${kind}' (expected ${EXPECTED_LABELS})`;
    if (match[1] === 'I') {
      const previous = this.rows[this.rows.length - 1];
      const continues = previous && previous.sentence === this.sentence && previous.tag !== 'O' && previous.tag.slice(2) === kind;
      if (!continues) return `${tag} after ${previous && previous.sentence === this.sentence ? previous.tag : 'a sentence start'}: an entity starts with B-${kind} in IOB2`;
    }
    return undefined;
  }

  private finish(): void {
    const rows = this.rows;
    const problems = this.problems;
    const index = this.index++;
    const startLine = this.startLine;
    const id = this.id;
    this.rows = [];
    this.problems = [];
    this.id = undefined;
    if (problems.length > 0) { this.emit({ problems }); return; }
    const sidecar = this.sidecar?.(id, index);
    const built = sidecar ? this.withSidecar(rows, sidecar, startLine) : this.withoutSidecar(rows);
    if ('problem' in built) { this.emit({ problems: [{ file: this.file, line: startLine, message: built.problem }] }); return; }
    const document: AnnotatedDocument = { meta: { ...(sidecar?.meta ?? {}), ...(id !== undefined ? { id } : {}) }, text: built.text, spans: built.spans };
    const invalid = spanProblems(document);
    if (invalid.length > 0) { this.emit({ problems: invalid.map((message) => ({ file: this.file, line: startLine, message })) }); return; }
    this.emit({ document: { document, file: this.file, line: startLine }, problems: [] });
  }

  /** Spans from the tag runs, given each row's UTF-16 offsets. */
  private spansOf(rows: readonly Row[], offsets: readonly [number, number][], text: string): DocumentSpan[] {
    const spans: DocumentSpan[] = [];
    rows.forEach((row, i) => {
      const [start, end] = offsets[i] as [number, number];
      if (row.tag.startsWith('B-')) spans.push({ start, end, label: row.tag.slice(2) as SpanKind, text: '' });
      else if (row.tag.startsWith('I-')) { const last = spans[spans.length - 1]; if (last) last.end = end; }
    });
    for (const span of spans) span.text = text.slice(span.start, span.end);
    return spans;
  }

  private withoutSidecar(rows: readonly Row[]): { text: string; spans: DocumentSpan[] } {
    let text = '';
    const offsets: [number, number][] = [];
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      if (previous) text += previous.sentence === row.sentence ? ' ' : '\n';
      offsets.push([text.length, text.length + row.token.length]);
      text += row.token;
    });
    return { text, spans: this.spansOf(rows, offsets, text) };
  }

  private withSidecar(rows: readonly Row[], sidecar: SidecarLine, startLine: number): { text: string; spans: DocumentSpan[] } | { problem: string } {
    if (sidecar.tokens.length !== rows.length) return { problem: `the sidecar has ${sidecar.tokens.length} tokens for this document, the CoNLL file ${rows.length} (from line ${startLine})` };
    const points = new CodePointOffsets(sidecar.text);
    const offsets = sidecar.tokens.map(([start, end]): [number, number] => [points.toUtf16(start), points.toUtf16(end)]);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Row;
      const [start, end] = offsets[i] as [number, number];
      if (sidecar.text.slice(start, end) !== row.token) return { problem: `line ${row.line}: token '${row.token}' is '${sidecar.text.slice(start, end)}' in the sidecar` };
    }
    const spans = this.spansOf(rows, offsets, sidecar.text);
    const names = new Map(sidecar.names.map((entry) => [`${points.toUtf16(entry.start)}:${points.toUtf16(entry.end)}`, entry]));
    for (const span of spans) {
      const entry = names.get(`${span.start}:${span.end}`);
      if (entry?.name !== undefined) span.name = entry.name;
      if (entry?.id !== undefined) span.wikidata = entry.id;
    }
    return { text: sidecar.text, spans };
  }
}

/** Parses a sidecar file's text (one JSON line per document). */
export function parseSidecar(text: string, file: string): { lines: SidecarLine[]; problems: FormatProblem[] } {
  const lines: SidecarLine[] = [];
  const problems: FormatProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value = JSON.parse(line) as SidecarLine;
      if (typeof value.text !== 'string' || !Array.isArray(value.tokens) || !Array.isArray(value.names)) throw new Error('expected {id, text, tokens, names}');
      lines.push(value);
    } catch (error) {
      problems.push({ file, line: i + 1, message: `not a sidecar line: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { lines, problems };
}

/** Looks a document's sidecar line up by id, else by position. */
export function sidecarLookup(lines: readonly SidecarLine[]): SidecarLookup {
  const byId = new Map(lines.map((line) => [line.id, line]));
  return (id, index) => (id !== undefined ? byId.get(id) : undefined) ?? (id === undefined ? lines[index] : undefined);
}
