import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeArticle, isDecodeFailure } from '../article/decode';
import type { Tagger } from '../tagging/types';
import type { AnnotatedDocument, FormatProblem } from './document';
import { type ImportMode, type ImportOutcome, importDocument } from './importDocument';
import { isInside, safeDocumentName } from './names';
import { memoTagger } from './memoTagger';
import { type ImportFormat, readDocuments } from './readInput';

export interface ImportPlan {
  /** The article file to write (inside the target folder). */
  file: string;
  status: 'create' | 'update';
  newText: string;
  /** The article's bytes when it was read (update), so a writer can refuse if it changed since. */
  previousText?: string;
  bom: boolean;
}

export interface ImportRequest {
  input: string;
  format: ImportFormat;
  into: string;
  mode: ImportMode;
  force: boolean;
  tagger: Tagger;
  /** Called for each article to write, in input order; awaited, so writing can stream. */
  onPlan: (plan: ImportPlan) => Promise<void> | void;
  onProblem: (problem: FormatProblem) => void;
  isCancelled?: () => boolean;
  /** Computes what importing a document makes, e.g. on a worker (SummaryWorkerPool.computeImport); else `tagger` in this thread. */
  computeOutcome?: (document: AnnotatedDocument, existingText: string | undefined, file: string) => Promise<ImportOutcome>;
  /** How many documents are computed ahead of the one being settled (1 by default). */
  lookahead?: number;
  /** Only the documents with these names (article ids) are imported; the rest are passed over. */
  only?: ReadonlySet<string>;
}

export interface ImportSummary { created: number; updated: number; unchanged: number; failed: number; passedOver: number; cancelled: boolean }

async function existingArticle(into: string, name: string): Promise<{ file: string; text?: string; bom: boolean; problem?: string }> {
  for (const extension of ['.txt', '.md']) {
    const file = path.join(into, `${name}${extension}`);
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) continue;
    const decoded = decodeArticle(new Uint8Array(bytes));
    if (isDecodeFailure(decoded)) return { file, bom: false, problem: `${file} exists and is not UTF-8 text; not overwritten` };
    return { file, text: decoded.text, bom: decoded.bom };
  }
  return { file: path.join(into, `${name}.txt`), bom: false };
}

/**
 * Imports every document of the input into the corpus folder `into`: one article per document,
 * named by its id (else by its input file and position). Bad documents are reported and skipped;
 * the others are imported.
 */
export async function importCorpus(request: ImportRequest): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, failed: 0, passedOver: 0, cancelled: false };
  const tagger = memoTagger(request.tagger);
  const computeOutcome = request.computeOutcome ?? ((document: AnnotatedDocument, existingText: string | undefined, file: string) => Promise.resolve(importDocument(document, existingText, file, request.mode, tagger, request.force)));
  const seen = new Set<string>();
  const positions = new Map<string, number>();
  // Each document's outcome is computed ahead (on workers, with computeOutcome) and settled in
  // input order: problems and plans come out as they would one at a time, and memory stays flat.
  const window = Math.max(1, request.lookahead ?? 1);
  const settling: Promise<() => Promise<void> | void>[] = [];
  const settleNext = async (): Promise<void> => { await (await (settling.shift() as Promise<() => Promise<void> | void>))(); };
  for await (const item of readDocuments(request.input, request.format)) {
    if (request.isCancelled?.()) { summary.cancelled = true; break; }
    if (!item.document) {
      const { problems } = item;
      settling.push(Promise.resolve(() => { summary.failed++; for (const problem of problems) request.onProblem(problem); }));
    } else {
      const settles = settlingOf(request, item.document, seen, positions, summary, computeOutcome);
      settles.catch(() => undefined); // awaited in turn; one left behind by a failure must not go unhandled
      settling.push(settles);
    }
    while (settling.length >= window) await settleNext();
  }
  while (settling.length > 0) {
    if (request.isCancelled?.()) { summary.cancelled = true; break; }
    await settleNext();
  }
  await Promise.allSettled(settling);
  return summary;
}

type ComputeOutcome = (document: AnnotatedDocument, existingText: string | undefined, file: string) => Promise<ImportOutcome>;

/** Checks one document's name and target now, starts computing its outcome, and says how to settle it. */
async function settlingOf(request: ImportRequest, item: { document: AnnotatedDocument; file: string; line: number }, seen: Set<string>, positions: Map<string, number>, summary: ImportSummary, computeOutcome: ComputeOutcome): Promise<() => Promise<void> | void> {
  const { document, file, line } = item;
  const fail = (message: string) => (): void => { summary.failed++; request.onProblem({ file, line, message }); };
  const position = (positions.get(file) ?? 0) + 1;
  positions.set(file, position);
  const id = document.meta.id;
  const name = id !== undefined ? safeDocumentName(id) : safeDocumentName(`${path.basename(file, path.extname(file))}-${position}`);
  if (name === undefined) return fail(`id '${id ?? ''}' is not a safe file name (letters, digits, '_', '.', '-'; no '..'); refused`);
  if (request.only && !request.only.has(name)) return () => { summary.passedOver++; };
  if (seen.has(name)) return fail(`id '${name}' appears twice in the input; the second is skipped`);
  seen.add(name);
  const existing = await existingArticle(request.into, name);
  if (!isInside(request.into, existing.file)) return fail(`id '${name}' would write outside ${request.into}; refused`);
  if (existing.problem !== undefined) return fail(existing.problem);
  const outcome = await computeOutcome(document, existing.text, existing.file);
  return async () => {
    if (outcome.status === 'failed') { fail(outcome.message)(); return; }
    if (outcome.status === 'unchanged') { summary.unchanged++; return; }
    if (outcome.status === 'create') summary.created++;
    else summary.updated++;
    await request.onPlan({ file: existing.file, status: outcome.status, newText: outcome.newText, bom: existing.bom, ...(existing.text !== undefined ? { previousText: existing.text } : {}) });
  };
}
