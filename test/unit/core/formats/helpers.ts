import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tagArticleText } from '../../../../src/core/decisions/articleTags';
import type { Decision } from '../../../../src/core/decisions/types';
import { bratAnn, readBrat } from '../../../../src/core/formats/brat';
import { conllDocument } from '../../../../src/core/formats/conll';
import { ConllReader, parseSidecar, sidecarLookup } from '../../../../src/core/formats/conllRead';
import type { AnnotatedDocument, FormatProblem, ReadDocument } from '../../../../src/core/formats/document';
import { jsonlLine, parseJsonlLine } from '../../../../src/core/formats/jsonl';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { tag } from '../../../../src/core/tagging/tag';
import { SEEDS } from '../../paths';

export type ImportFormat = 'jsonl' | 'conll' | 'brat';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['jsonl', 'conll', 'brat'];

/** Writes documents in a format and reads them back, as export and import do through files. */
export function throughFormat(format: ImportFormat, documents: readonly AnnotatedDocument[]): { documents: AnnotatedDocument[]; problems: FormatProblem[] } {
  if (format === 'jsonl') {
    const results = documents.map((document, i) => parseJsonlLine(jsonlLine(document).trimEnd(), 'x.jsonl', i + 1));
    return { documents: results.flatMap((result) => (result.document ? [result.document] : [])), problems: results.flatMap((result) => result.problems) };
  }
  if (format === 'brat') {
    const results = documents.map((document) => readBrat(document.text, bratAnn(document), `${document.meta.id ?? 'x'}.ann`, document.meta.id ?? 'x'));
    return { documents: results.flatMap((result) => (result.document ? [result.document] : [])), problems: results.flatMap((result) => result.problems) };
  }
  const written = documents.map((document, i) => conllDocument(document, i));
  const sidecar = parseSidecar(written.map((item) => item.sidecar).join(''), 'x.conll.offsets.jsonl');
  const read: ReadDocument[] = [];
  const problems: FormatProblem[] = [...sidecar.problems];
  const reader = new ConllReader('x.conll', sidecarLookup(sidecar.lines), (result) => { if (result.document) read.push(result.document); problems.push(...result.problems); });
  written.map((item) => item.conll).join('').split('\n').forEach((line, i) => { reader.line(line, i + 1); });
  reader.end();
  return { documents: read.map((item) => item.document), problems };
}

export function seedText(name: string): string {
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

function changed(result: ReturnType<typeof writeArticle>): string {
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return result.status === 'changed' ? result.newText : '';
}

/**
 * A seed as a curator leaves it after review: front matter written, one tag rejected, one
 * corrected, one name added that the engine missed, and every other tag accepted.
 */
export function curatedSeed(name: string): string {
  const written = changed(writeArticle(seedText(name), name));
  const { tags, analysis } = tagArticleText(written, name, tag);
  const decisions: Decision[] = [];
  const org = tags.find((item) => item.kind === 'ORG');
  if (org) decisions.push({ type: 'reject', kind: org.kind, name: org.name });
  const place = tags.find((item) => item.kind === 'LOC');
  if (place) decisions.push({ type: 'correct', kind: 'LOC', from: place.name, to: `${place.name} (corrected)` });
  const body = analysis.split.body;
  const untagged = [...body.matchAll(/\p{Lu}\p{Ll}{5,}/gu)].find((match) => {
    const start = match.index + analysis.split.bodyStart;
    const end = start + match[0].length;
    return !tags.some((item) => item.start < end && start < item.end) && !analysis.boilerplate.some(({ block }) => block.start < end && start < block.end)
      && !tags.some((item) => item.text.includes(match[0]) || match[0].includes(item.text));
  });
  if (untagged) decisions.push({ type: 'add', kind: 'EVENT', name: `${untagged[0]} event`, text: untagged[0] });
  const decided = changed(recordDecisions(written, name, decisions));
  const after = tagArticleText(decided, name, tag).tags;
  const accepts: Decision[] = [...new Map(after.filter((item) => item.status === 'pending').map((item) => [`${item.kind}\u0000${item.name}`, item])).values()]
    .map((item) => ({ type: 'accept', kind: item.kind, name: item.name }));
  return accepts.length > 0 ? changed(recordDecisions(decided, name, accepts)) : decided;
}
