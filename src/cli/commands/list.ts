import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { isArticlePath, listArticleFiles } from '../../core/corpus/articleFiles';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';

/** Expands files and folders given on the command line into article files, in order. */
export async function collectArticles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((error: unknown) => {
      throw new UsageOrIoError(`cannot read '${input}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    });
    if (info.isDirectory()) files.push(...(await listArticleFiles(input)));
    else if (isArticlePath(input)) files.push(path.resolve(input));
    else throw new UsageOrIoError(`'${input}' is not an article (.txt or .md) or a folder`);
  }
  return files;
}

export async function runList(inputs: readonly string[], io: CliIo): Promise<ExitCode> {
  const files = await collectArticles(inputs);
  for (const file of files) io.out(`${path.relative(process.cwd(), file)}\n`);
  return ExitCode.ok;
}
