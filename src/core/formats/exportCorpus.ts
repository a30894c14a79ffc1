import { readFile, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Tagger } from '../tagging/types';
import { BRAT_ANNOTATION_CONF, bratAnn } from './brat';
import { conllDocument } from './conll';
import { csvHeader, csvRows } from './csv';
import { documentFromBytes, type ExportedDocument } from './exportedDocument';
import type { ExportOptions } from './fromArticle';
import { jsonlLine } from './jsonl';
import { commitOutputs, discardOutputs, exists, partialPath, StreamedFile } from './outputFile';
import { safeDocumentName } from './names';

export const EXPORT_FORMATS = ['jsonl', 'conll', 'brat', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest extends ExportOptions {
  files: readonly string[];
  format: ExportFormat;
  /** A file (jsonl, conll, csv) or a folder (brat). */
  out: string;
  force: boolean;
  tagger: Tagger;
  /** Reads and tags one article, e.g. on a worker (SummaryWorkerPool.computeExport); else `tagger` in this thread. */
  computeDocument?: (file: string) => Promise<ExportedDocument>;
  /** How many articles are computed ahead of the one being written (1 by default). */
  lookahead?: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export interface ExportSummary {
  status: 'done' | 'cancelled';
  articles: number;
  spans: number;
  failed: { file: string; message: string }[];
  /** The files and folders written, for messages. */
  outputs: string[];
}

export class ExportTargetExists extends Error {
  override readonly name = 'ExportTargetExists';
}

/** The CoNLL sidecar beside the CoNLL file: the text and offsets of each document. */
export function conllSidecarPath(out: string): string {
  return `${out}.offsets.jsonl`;
}

export function exportTargets(format: ExportFormat, out: string): string[] {
  return format === 'conll' ? [out, conllSidecarPath(out)] : [out];
}

/**
 * Exports articles one at a time into partial files beside the targets, which replace the targets
 * only when every article is done: a cancelled or failed export leaves no half-written file.
 */
export async function exportCorpus(request: ExportRequest): Promise<ExportSummary> {
  const targets = exportTargets(request.format, request.out);
  if (!request.force) {
    for (const target of targets) if (await exists(target)) throw new ExportTargetExists(`'${target}' exists; choose another place or allow replacing it (--force)`);
  }
  const pairs = targets.map((target) => ({ target, partial: partialPath(target) }));
  const partials = pairs.map((pair) => pair.partial);
  await discardOutputs(partials);
  const summary: ExportSummary = { status: 'done', articles: 0, spans: 0, failed: [], outputs: targets };
  const streams: StreamedFile[] = [];
  const usedNames = new Set<string>();
  try {
    if (request.format === 'brat') {
      await mkdir(partials[0] as string, { recursive: true });
      await writeFile(path.join(partials[0] as string, 'annotation.conf'), BRAT_ANNOTATION_CONF);
    } else {
      await mkdir(path.dirname(request.out), { recursive: true });
      for (const partial of partials) streams.push(new StreamedFile(partial));
      if (request.format === 'csv') await streams[0]?.write(csvHeader());
    }
    const compute = request.computeDocument ?? ((file: string) => readFile(file).then((bytes) => documentFromBytes(new Uint8Array(bytes), file, request.tagger, request)));
    // The next articles are read and tagged (on workers, with computeDocument) while this one is
    // written; a bounded window keeps memory flat and the output in input order.
    const window = Math.max(1, request.lookahead ?? 1);
    const upcoming: Promise<ExportedDocument>[] = [];
    const start = (index: number): void => {
      const file = request.files[index];
      if (file === undefined) return;
      const computing = compute(file);
      computing.catch(() => undefined); // awaited below; one left behind by a cancel must not go unhandled
      upcoming.push(computing);
    };
    for (let index = 0; index < window; index++) start(index);
    for (const [index, file] of request.files.entries()) {
      if (request.isCancelled?.()) { summary.status = 'cancelled'; break; }
      const exported = await (upcoming.shift() as Promise<ExportedDocument>);
      start(index + window);
      if ('failure' in exported) {
        summary.failed.push({ file, message: exported.failure });
        continue;
      }
      const { document } = exported;
      summary.articles++;
      summary.spans += document.spans.length;
      if (request.format === 'jsonl') await streams[0]?.write(jsonlLine(document));
      else if (request.format === 'csv') await streams[0]?.write(csvRows(document));
      else if (request.format === 'conll') {
        const { conll, sidecar } = conllDocument(document, index);
        await streams[0]?.write(conll);
        await streams[1]?.write(sidecar);
      } else {
        let name = safeDocumentName(document.meta.id) ?? `document-${index + 1}`;
        for (let n = 2; usedNames.has(name); n++) name = `${safeDocumentName(document.meta.id) ?? 'document'}-${n}`;
        usedNames.add(name);
        await writeFile(path.join(partials[0] as string, `${name}.txt`), document.text);
        await writeFile(path.join(partials[0] as string, `${name}.ann`), bratAnn(document));
      }
      request.onProgress?.(index + 1, request.files.length);
    }
    await Promise.allSettled(upcoming);
    for (const stream of streams) await stream.close();
    if (summary.status === 'cancelled') await discardOutputs(partials);
    else await commitOutputs(pairs);
    return summary;
  } catch (error) {
    for (const stream of streams) await stream.close().catch(() => undefined);
    await discardOutputs(partials);
    throw error;
  }
}
