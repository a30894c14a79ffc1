import { cpus } from 'node:os';
import * as path from 'node:path';
import { SummaryWorkerPool } from '../../core/corpus/workerPool';
import { EXPORT_FORMATS, type ExportFormat, exportCorpus, ExportTargetExists } from '../../core/formats/exportCorpus';
import { createTagger } from '../../core/tagging/createTagger';
import { loadEntityDecisions } from '../entityDecisions';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { collectArticles, reportListing } from '../collect';
import { loadGazetteerSource } from './tag';
import { loadWorkspaceModel } from '../workspaceModel';

/** From this many articles on, workers tag them; starting workers costs more than tagging a few. */
const EXPORT_WORKERS_FROM = 50;

export interface ExportCommandOptions { format: string; out?: string; tags: string; withoutBoilerplate?: boolean; force?: boolean; gazetteer?: string; workspace?: string }

export async function runExport(inputs: readonly string[], options: ExportCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (options.tags !== 'accepted' && options.tags !== 'all') throw new UsageOrIoError('--tags must be accepted or all');
  if (options.out === undefined) throw new UsageOrIoError('export needs --out PATH (a file; a folder for brat)');
  const source = await loadGazetteerSource(options.gazetteer, io);
  const entities = await loadEntityDecisions(undefined, io);
  const workspaceModel = loadWorkspaceModel(options.workspace, io);
  const { model } = workspaceModel;
  const tagger = createTagger({ gazetteer: source.gazetteer, entityDecisions: entities.decisions, ...(model ? { model } : {}) });
  const { files, problems } = await collectArticles(inputs);
  // Many articles are read and tagged on one worker per core; the output is still written in order.
  const jobs = files.length >= EXPORT_WORKERS_FROM ? cpus().length : 0;
  const pool = jobs > 0 ? new SummaryWorkerPool(path.join(__dirname, 'summaryWorker.js'), jobs) : undefined;
  const exportOptions = { tags: options.tags, withoutBoilerplate: options.withoutBoilerplate === true } as const;
  const listingErrors = reportListing(problems, (text) => { io.err(text); }).errors;
  try {
    const summary = await exportCorpus({
      files, format: options.format as ExportFormat, out: path.resolve(options.out), force: options.force === true,
      ...exportOptions, tagger,
      ...(pool ? { computeDocument: (file: string) => pool.computeExport(file, exportOptions, source.file, entities.file, model ? workspaceModel.file : undefined), lookahead: jobs * 8 } : {}),
    });
    for (const failure of summary.failed) io.err(`${path.relative(process.cwd(), failure.file)}:1: ${failure.message}; not exported\n`);
    io.err(`exported ${summary.articles} articles, ${summary.spans} spans to ${summary.outputs.map((output) => path.relative(process.cwd(), output)).join(' and ')}${summary.failed.length > 0 ? `; ${summary.failed.length} failed` : ''}\n`);
    return summary.failed.length > 0 || listingErrors > 0 ? ExitCode.problemsFound : ExitCode.ok;
  } catch (error) {
    if (error instanceof ExportTargetExists) throw new UsageOrIoError(error.message);
    throw error;
  } finally {
    await pool?.close();
  }
}
