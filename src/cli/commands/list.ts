import { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { collectArticles, reportListing } from '../collect';
import { displayPath } from '../displayPath';

export async function runList(inputs: readonly string[], options: { followSymlinks?: boolean }, io: CliIo): Promise<ExitCode> {
  const { files, problems } = await collectArticles(inputs, options);
  for (const file of files) io.out(`${displayPath(file)}\n`);
  const { errors } = reportListing(problems, (text) => { io.err(text); });
  return errors > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
