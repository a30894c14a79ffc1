import { CodePointOffsets } from '../text/codePoints';
import { type AnnotatedDocument, type DocumentSpan, type FormatProblem, EXPECTED_LABELS, isSpanKind, sortSpans } from './document';

// brat standoff: `ID.txt` holds the text, `ID.ann` a line per annotation, with offsets in code
// points (brat is Python): `T1<TAB>PER 0 15<TAB>Эльвира Азимова`, and `#1<TAB>AnnotatorNotes
// T1<TAB>name` for the canonical name, ` | Q123` appended when there is a Wikidata id.

/** Declares our kinds, so brat and INCEpTION open the folder as it is. */
export const BRAT_ANNOTATION_CONF = `[entities]
PER
ORG
LOC
EVENT
DATE

[relations]

[events]

[attributes]
`;

/** A span's text on the annotation's line: line breaks and tabs read as spaces, as brat shows them. */
const oneLine = (text: string): string => text.replace(/[\t\n\r]/gu, ' ');

const WIKIDATA_NOTE = / \| (Q[1-9][0-9]*)$/u;

export function bratAnn(document: AnnotatedDocument): string {
  const offsets = new CodePointOffsets(document.text);
  const lines: string[] = [];
  document.spans.forEach((span, i) => {
    lines.push(`T${i + 1}\t${span.label} ${offsets.toCodePoints(span.start)} ${offsets.toCodePoints(span.end)}\t${oneLine(span.text)}`);
    if (span.name !== undefined || span.wikidata) {
      lines.push(`#${i + 1}\tAnnotatorNotes T${i + 1}\t${(span.name ?? span.text).replace(/[\t\n\r]/gu, ' ')}${span.wikidata ? ` | ${span.wikidata}` : ''}`);
    }
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Reads an `.ann` against its `.txt`. Lines it does not use (relations, events, attributes,
 * other notes) are skipped; an entity whose offsets do not cover its text is a problem at its line.
 */
export function readBrat(text: string, ann: string, annFile: string, id: string): { document?: AnnotatedDocument; problems: FormatProblem[] } {
  const offsets = new CodePointOffsets(text);
  const length = offsets.toCodePoints(text.length);
  const problems: FormatProblem[] = [];
  const spans = new Map<string, DocumentSpan>();
  const notes: { target: string; note: string }[] = [];
  ann.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    const problem = (message: string): void => { problems.push({ file: annFile, line: i + 1, message }); };
    if (line.trim() === '') return;
    const fields = line.split('\t');
    const annotationId = fields[0] ?? '';
    if (annotationId.startsWith('T')) {
      const match = /^(\S+) (\d+) (\d+)$/u.exec(fields[1] ?? '');
      if (!match) { problem(`expected 'KIND START END' (one fragment), found '${fields[1] ?? ''}'`); return; }
      const [, label, startText, endText] = match as unknown as [string, string, string, string];
      if (!isSpanKind(label)) { problem(`unknown kind '${label}' (expected ${EXPECTED_LABELS})`); return; }
      const start = Number(startText);
      const end = Number(endText);
      if (end <= start || end > length) { problem(`${annotationId} ${start}-${end} is beyond the text (${length} code points)`); return; }
      const covered = text.slice(offsets.toUtf16(start), offsets.toUtf16(end));
      if (fields[2] !== undefined && fields[2] !== oneLine(covered)) { problem(`${annotationId} ${start}-${end} reads '${covered}' in the .txt, not '${fields[2]}'`); return; }
      spans.set(annotationId, { start: offsets.toUtf16(start), end: offsets.toUtf16(end), label, text: covered });
    } else if (annotationId.startsWith('#')) {
      const target = /^AnnotatorNotes (T\S+)$/u.exec(fields[1] ?? '');
      if (target && fields[2] !== undefined) notes.push({ target: target[1] as string, note: fields[2] });
    }
  });
  if (problems.length > 0) return { problems };
  for (const { target, note } of notes) {
    const span = spans.get(target);
    if (!span) continue;
    const wikidata = WIKIDATA_NOTE.exec(note);
    const name = wikidata ? note.slice(0, wikidata.index) : note;
    if (name !== '') span.name = name;
    if (wikidata) span.wikidata = wikidata[1] as string;
  }
  return { document: { meta: { id }, text, spans: sortSpans([...spans.values()]) }, problems: [] };
}
