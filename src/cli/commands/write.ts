import { createTwoFilesPatch } from 'diff';
import * as path from 'node:path';
import { writeArticle } from '../../core/metadata/writeArticle';
import { isLoaded, loadArticle, writeArticleSafely } from '../articleFile';
import { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { formatText, locate } from '../report';
import { collectArticles } from './list';
import { loadGazetteer } from './tag';
import { loadEntityDecisions } from '../entityDecisions';
import { tag } from '../../core/tagging/tag';
import type { Tagger } from '../../core/tagging/types';

export interface WriteOptions { dryRun: boolean; gazetteer?: string; entities?: string }

export async function runWrite(inputs: readonly string[], options: WriteOptions, io: CliIo): Promise<ExitCode> {
  const counts = { written: 0, unchanged: 0, failed: 0 };
  const gazetteer = await loadGazetteer(options.gazetteer, io);
  const entityDecisions = await loadEntityDecisions(options.entities, io);
  const tagger: Tagger = (text, tagOptions) => tag(text, tagOptions, { gazetteer, entityDecisions });
  for (const file of await collectArticles(inputs)) {
    const loaded = await loadArticle(file);
    if (!isLoaded(loaded)) {
      io.err(formatText(locate(file, '', loaded)));
      counts.failed++;
      continue;
    }
    const result = writeArticle(loaded.text, file, tagger);
    for (const problem of result.problems) io.err(formatText(locate(file, loaded.text, problem)));
    if (result.status === 'skipped') {
      counts.failed++;
      continue;
    }
    if (result.status === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    if (options.dryRun) {
      const name = path.relative(process.cwd(), file).split(path.sep).join('/');
      io.out(createTwoFilesPatch(`a/${name}`, `b/${name}`, loaded.text, result.newText, undefined, undefined, { context: 3 }));
      counts.written++;
      continue;
    }
    if ((await writeArticleSafely(loaded, result.newText)) === 'changed-on-disk') {
      io.err(`${path.relative(process.cwd(), file)}:1:1: error: the file changed on disk while it was being processed; not overwritten, run write again\n`);
      counts.failed++;
      continue;
    }
    counts.written++;
  }
  const verb = options.dryRun ? 'would write' : 'wrote';
  io.err(`${verb} ${counts.written}, unchanged ${counts.unchanged}, failed ${counts.failed}\n`);
  return counts.failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
