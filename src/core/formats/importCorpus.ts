import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeArticle, isDecodeFailure } from '../article/decode';
import type { Tagger } from '../tagging/types';
import type { FormatProblem } from './document';
import { type ImportMode, importDocument } from './importDocument';
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
  const seen = new Set<string>();
  const positions = new Map<string, number>();
  for await (const item of readDocuments(request.input, request.format)) {
    if (request.isCancelled?.()) { summary.cancelled = true; break; }
    if (!item.document) {
      summary.failed++;
      for (const problem of item.problems) request.onProblem(problem);
      continue;
    }
    const { document, file, line } = item.document;
    const fail = (message: string): void => { summary.failed++; request.onProblem({ file, line, message }); };
    const position = (positions.get(file) ?? 0) + 1;
    positions.set(file, position);
    const id = document.meta.id;
    const name = id !== undefined ? safeDocumentName(id) : safeDocumentName(`${path.basename(file, path.extname(file))}-${position}`);
    if (name === undefined) { fail(`id '${id ?? ''}' is not a safe file name (letters, digits, '_', '.', '-'; no '..'); refused`); continue; }
    if (request.only && !request.only.has(name)) { summary.passedOver++; continue; }
    if (seen.has(name)) { fail(`id '${name}' appears twice in the input; the second is skipped`); continue; }
    seen.add(name);
    const existing = await existingArticle(request.into, name);
    if (!isInside(request.into, existing.file)) { fail(`id '${name}' would write outside ${request.into}; refused`); continue; }
    if (existing.problem !== undefined) { fail(existing.problem); continue; }
    const outcome = importDocument(document, existing.text, existing.file, request.mode, tagger, request.force);
    if (outcome.status === 'failed') { fail(outcome.message); continue; }
    if (outcome.status === 'unchanged') { summary.unchanged++; continue; }
    if (outcome.status === 'create') summary.created++;
    else summary.updated++;
    await request.onPlan({ file: existing.file, status: outcome.status, newText: outcome.newText, bom: existing.bom, ...(existing.text !== undefined ? { previousText: existing.text } : {}) });
  }
  return summary;
}
