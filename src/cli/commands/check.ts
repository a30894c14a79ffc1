import { checkArticle } from '../../core/metadata/checkArticle';
import { isLoaded, loadArticle } from '../articleFile';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { formatText, locate, type LocatedProblem } from '../report';
import { collectArticles } from './list';

export type CheckFormat = 'text' | 'json';

export async function runCheck(inputs: readonly string[], format: string, io: CliIo): Promise<ExitCode> {
  if (format !== 'text' && format !== 'json') throw new UsageOrIoError(`--format must be text or json, not '${format}'`);
  const found: LocatedProblem[] = [];
  const files = await collectArticles(inputs);
  for (const file of files) {
    const loaded = await loadArticle(file);
    if (!isLoaded(loaded)) {
      found.push(locate(file, '', loaded));
      continue;
    }
    found.push(...checkArticle(loaded.text, file).map((problem) => locate(file, loaded.text, problem)));
  }
  if (format === 'json') io.out(`${JSON.stringify(found, null, 2)}\n`);
  else for (const problem of found) io.out(formatText(problem));
  const errors = found.filter((problem) => problem.severity === 'error').length;
  io.err(`checked ${files.length} article(s): ${errors} error(s), ${found.length - errors} other problem(s)\n`);
  return errors > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
