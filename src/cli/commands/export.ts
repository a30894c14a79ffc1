import * as path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, exportCorpus, ExportTargetExists } from '../../core/formats/exportCorpus';
import { tag } from '../../core/tagging/tag';
import type { Tagger } from '../../core/tagging/types';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { collectArticles, reportListing } from '../collect';
import { loadGazetteer } from './tag';

export interface ExportCommandOptions { format: string; out?: string; tags: string; withoutBoilerplate?: boolean; force?: boolean; gazetteer?: string }

export async function runExport(inputs: readonly string[], options: ExportCommandOptions, io: CliIo): Promise<ExitCode> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (options.tags !== 'accepted' && options.tags !== 'all') throw new UsageOrIoError('--tags must be accepted or all');
  if (options.out === undefined) throw new UsageOrIoError('export needs --out PATH (a file; a folder for brat)');
  const gazetteer = await loadGazetteer(options.gazetteer, io);
  const tagger: Tagger = (text, tagOptions) => tag(text, tagOptions, { gazetteer });
  const { files, problems } = await collectArticles(inputs);
  const listingErrors = reportListing(problems, (text) => { io.err(text); }).errors;
  try {
    const summary = await exportCorpus({
      files, format: options.format as ExportFormat, out: path.resolve(options.out), force: options.force === true,
      tags: options.tags, withoutBoilerplate: options.withoutBoilerplate === true, tagger,
    });
    for (const failure of summary.failed) io.err(`${path.relative(process.cwd(), failure.file)}:1: ${failure.message}; not exported\n`);
    io.err(`exported ${summary.articles} articles, ${summary.spans} spans to ${summary.outputs.map((output) => path.relative(process.cwd(), output)).join(' and ')}${summary.failed.length > 0 ? `; ${summary.failed.length} failed` : ''}\n`);
    return summary.failed.length > 0 || listingErrors > 0 ? ExitCode.problemsFound : ExitCode.ok;
  } catch (error) {
    if (error instanceof ExportTargetExists) throw new UsageOrIoError(error.message);
    throw error;
  }
}
