import { lstat, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { errorCode } from '../core/corpus/articleBytes';
import { isArticlePath, listArticleFiles, type ListingProblem } from '../core/corpus/articleFiles';
import { UsageOrIoError } from './io';
import { displayPath } from './displayPath';
import { formatFileLine } from './report';

export interface CollectOptions { followSymlinks?: boolean }

export interface Collected {
  /** Article files, in the order of the inputs (each folder's articles sorted). */
  files: string[];
  /** What was passed over: unreadable sub-folders (errors), symbolic links and special files (warnings). */
  problems: ListingProblem[];
  /** The folders the articles were found in (where the writer's temporary files live). */
  folders: Set<string>;
}

/**
 * Expands files and folders given on the command line into article files. An input that does not
 * exist, or a file that is not an article, is a usage error; anything found inside a folder that
 * cannot be processed is reported and passed over.
 */
export async function collectArticles(inputs: readonly string[], options: CollectOptions = {}): Promise<Collected> {
  const collected: Collected = { files: [], problems: [], folders: new Set() };
  const onProblem = (problem: ListingProblem): void => { collected.problems.push(problem); };
  for (const input of inputs) {
    let info = await lstat(input).catch((error: unknown) => {
      throw new UsageOrIoError(`cannot read '${displayPath(input)}': ${errorCode(error)}`);
    });
    if (info.isSymbolicLink() && options.followSymlinks === true) {
      info = await stat(input).catch((error: unknown) => {
        throw new UsageOrIoError(`cannot follow the symbolic link '${displayPath(input)}': ${errorCode(error)}`);
      });
    }
    if (info.isDirectory()) {
      collected.folders.add(path.resolve(input));
      collected.files.push(...(await listArticleFiles(input, { ...options, onProblem })));
    } else if (info.isSymbolicLink()) {
      onProblem({ path: input, folder: false, severity: 'error', message: 'skipped: a symbolic link; pass --follow-symlinks to write through it' });
    } else if (isArticlePath(input)) {
      collected.files.push(path.resolve(input));
    } else {
      throw new UsageOrIoError(`'${displayPath(input)}' is not an article (a .txt or .md file other than a repository document such as README.md) or a folder`);
    }
  }
  for (const file of collected.files) collected.folders.add(path.dirname(file));
  return collected;
}

/** Prints what the listing passed over; returns how many were errors and how many warnings. */
export function reportListing(problems: readonly ListingProblem[], err: (text: string) => void): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) {
    err(formatFileLine(problem.path, problem.severity, problem.message, problem.folder));
    if (problem.severity === 'error') errors++;
  }
  return { errors, warnings: problems.length - errors };
}
