import { createTwoFilesPatch } from 'diff';
import * as path from 'node:path';
import { cleanStaleTemporaries } from '../../core/corpus/temporaryFiles';
import { SafeWriter } from '../../core/corpus/safeWriter';
import { writeArticle } from '../../core/metadata/writeArticle';
import { tag } from '../../core/tagging/tag';
import type { Tagger } from '../../core/tagging/types';
import { isLoaded, loadArticle, writeArticleSafely } from '../articleFile';
import { collectArticles, reportListing } from '../collect';
import { displayPath } from '../displayPath';
import { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { formatFileLine, formatText, ioMessage, locate } from '../report';
import type { FileOptions } from './fileOptions';
import { loadGazetteer } from './tag';

export interface WriteOptions extends FileOptions { dryRun: boolean; gazetteer?: string }

type FileStatus = 'written' | 'unchanged' | 'failed';

interface WriteRun { options: WriteOptions; io: CliIo; tagger: Tagger; writer: SafeWriter }

async function writeOne(file: string, run: WriteRun): Promise<FileStatus> {
  const { io, options } = run;
  const loaded = await loadArticle(file, options);
  if (!isLoaded(loaded)) {
    io.err(formatText(locate(file, '', loaded)));
    return 'failed';
  }
  // A followed symbolic link writes the article it points to: its name gives the id.
  const result = writeArticle(loaded.text, loaded.target, run.tagger);
  for (const problem of result.problems) io.err(formatText(locate(file, loaded.text, problem)));
  if (result.status !== 'changed') return result.status === 'skipped' ? 'failed' : 'unchanged';
  if (options.dryRun) {
    const name = path.relative(process.cwd(), file).split(path.sep).join('/');
    io.out(createTwoFilesPatch(`a/${name}`, `b/${name}`, loaded.text, result.newText, undefined, undefined, { context: 3 }));
    return 'written';
  }
  const outcome = await writeArticleSafely(loaded, result.newText, run.writer);
  if (outcome === 'changed-on-disk') {
    io.err(formatFileLine(file, 'error', 'the file changed on disk while it was being processed; not overwritten, run write again'));
    return 'failed';
  }
  if (outcome === 'read-only') {
    io.err(formatFileLine(file, 'error', `the file is read-only (mode ${loaded.identity.mode.toString(8).padStart(4, '0')}); not written: make it writable (chmod u+w) to let write change it`));
    return 'failed';
  }
  return 'written';
}

function writeErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `cannot write the file (${code}): no permission to create a file in its folder; not written`;
  if (code === 'EROFS') return 'cannot write the file (EROFS): the file system is read-only; not written';
  return ioMessage('cannot write the file', error);
}

export async function runWrite(inputs: readonly string[], options: WriteOptions, io: CliIo): Promise<ExitCode> {
  const counts = { written: 0, unchanged: 0, failed: 0, skipped: 0 };
  const gazetteer = await loadGazetteer(options.gazetteer, io);
  const tagger: Tagger = (text, tagOptions) => tag(text, tagOptions, { gazetteer });
  const { files, problems, folders } = await collectArticles(inputs, options);
  const listing = reportListing(problems, (text) => { io.err(text); });
  counts.failed += listing.errors;
  counts.skipped += listing.warnings;
  if (!options.dryRun) {
    for (const { file, article } of cleanStaleTemporaries(folders).interrupted) {
      io.err(formatFileLine(article, 'warning', `an earlier write in place was interrupted; its complete new version is kept in ${displayPath(file)}`));
    }
  }
  const run: WriteRun = { options, io, tagger, writer: new SafeWriter() };
  for (const file of files) {
    try {
      counts[await writeOne(file, run)]++;
    } catch (error) {
      io.err(formatFileLine(file, 'error', writeErrorMessage(error)));
      counts.failed++;
    }
  }
  for (const late of await run.writer.finish()) {
    io.err(late.kept === 'appended'
      ? formatFileLine(late.file, 'warning', 'another program appended to the file while it was being written; its addition is kept at the end')
      : formatFileLine(late.file, 'error', `another program changed the file while it was being written; its version is kept in ${displayPath(late.copy ?? '')}: merge it by hand`));
    if (late.kept === 'copy') counts.failed++;
  }
  const verb = options.dryRun ? 'would write' : 'wrote';
  io.err(`${verb} ${counts.written}, unchanged ${counts.unchanged}, failed ${counts.failed}, skipped ${counts.skipped}\n`);
  return counts.failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
