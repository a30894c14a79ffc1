import { checkArticle } from '../../core/metadata/checkArticle';
import { isCleanArticle } from '../../core/metadata/quickCheck';
import { isLoaded, loadArticle } from '../articleFile';
import { collectArticles } from '../collect';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { formatText, ioMessage, locate, type LocatedProblem } from '../report';
import type { FileOptions } from './fileOptions';

export type CheckFormat = 'text' | 'json';

function fileProblem(file: string, code: string, message: string): LocatedProblem {
  return locate(file, '', { severity: 'error', code, message, start: 0, end: 0 });
}

export async function runCheck(inputs: readonly string[], format: string, options: FileOptions, io: CliIo): Promise<ExitCode> {
  if (format !== 'text' && format !== 'json') throw new UsageOrIoError(`--format must be text or json, not '${format}'`);
  const found: LocatedProblem[] = [];
  const { files, problems } = await collectArticles(inputs, options);
  for (const problem of problems) {
    const located = fileProblem(problem.path, problem.folder ? 'unreadable-folder' : 'not-a-file', problem.message);
    found.push(problem.folder ? { ...located, line: 0, column: 0, endLine: 0, endColumn: 0, severity: problem.severity } : { ...located, severity: problem.severity });
  }
  for (const file of files) {
    try {
      const loaded = await loadArticle(file, options);
      if (!isLoaded(loaded)) {
        found.push(locate(file, '', loaded));
        continue;
      }
      if (isCleanArticle(loaded.text, file)) continue;
      found.push(...checkArticle(loaded.text, file).map((problem) => locate(file, loaded.text, problem)));
    } catch (error) {
      found.push(fileProblem(file, 'internal-error', ioMessage('cannot check the file', error)));
    }
  }
  if (format === 'json') io.out(`${JSON.stringify(found, null, 2)}\n`);
  else for (const problem of found) io.out(formatText(problem));
  const errors = found.filter((problem) => problem.severity === 'error').length;
  io.err(`checked ${files.length} article(s): ${errors} error(s), ${found.length - errors} other problem(s)\n`);
  return errors > 0 ? ExitCode.problemsFound : ExitCode.ok;
}

