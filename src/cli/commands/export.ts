import * as path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, exportCorpus, ExportTargetExists } from '../../core/formats/exportCorpus';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { collectArticles, reportListing } from '../collect';
import { commandTagger } from '../commandTagger';
import { commandWorkerPool, workerCount } from '../workers';
import { displayPath } from '../displayPath';

/** From this many articles on, workers tag them; starting workers costs more than tagging a few. */
const EXPORT_WORKERS_FROM = 50;

export interface ExportCommandOptions { format: string; out?: string; tags: string; withoutBoilerplate?: boolean; force?: boolean; gazetteer?: string; workspace?: string }

export async function runExport(inputs: readonly string[], options: ExportCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (options.tags !== 'accepted' && options.tags !== 'all') throw new UsageOrIoError('--tags must be accepted or all');
  if (options.out === undefined) throw new UsageOrIoError('export needs --out PATH (a file; a folder for brat)');
  const { tagger, workerFiles } = await commandTagger({ gazetteer: options.gazetteer, workspace: options.workspace }, io);
  const { files, problems } = await collectArticles(inputs);
  // Many articles are read and tagged on one worker per core; the output is still written in order.
  const jobs = workerCount(files.length, EXPORT_WORKERS_FROM);
  const pool = commandWorkerPool(jobs);
  const exportOptions = { tags: options.tags, withoutBoilerplate: options.withoutBoilerplate === true } as const;
  const listingErrors = reportListing(problems, (text) => { io.err(text); }).errors;
  try {
    const summary = await exportCorpus({
      files, format: options.format as ExportFormat, out: path.resolve(options.out), force: options.force === true,
      ...exportOptions, tagger,
      ...(jobs > 0 ? { computeDocument: (file: string) => pool.get().computeExport(file, exportOptions, workerFiles.gazetteerFile, workerFiles.entitiesFile, workerFiles.modelFile), lookahead: jobs * 8 } : {}),
    });
    for (const failure of summary.failed) io.err(`${displayPath(failure.file)}:1: ${failure.message}; not exported\n`);
    io.err(`exported ${summary.articles} articles, ${summary.spans} spans to ${summary.outputs.map(displayPath).join(' and ')}${summary.failed.length > 0 ? `; ${summary.failed.length} failed` : ''}\n`);
    return summary.failed.length > 0 || listingErrors > 0 ? ExitCode.problemsFound : ExitCode.ok;
  } catch (error) {
    if (error instanceof ExportTargetExists) throw new UsageOrIoError(error.message);
    throw error;
  } finally {
    await pool.close();
  }
}
