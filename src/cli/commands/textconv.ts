import { readFile } from 'node:fs/promises';
import { decodeArticle, isDecodeFailure } from '../../core/article/decode';
import { textconv } from '../../core/review/facts';
import { versionFromBytes } from '../../core/review/versionBytes';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';

/**
 * `textconv FILE`: what git shows for an article when a `.gitattributes` diff driver names this
 * command: the metadata facts above the text. A file that cannot be read as an article still
 * converts (to a line saying why), so `git diff` never fails on it.
 */
export async function runTextconv(file: string, io: CliIo): Promise<ExitCode> {
  const bytes = new Uint8Array(await readFile(file).catch((error: unknown) => {
    throw new UsageOrIoError(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }));
  const version = versionFromBytes(bytes);
  const decoded = version.kind === 'unreadable' ? undefined : decodeArticle(bytes);
  io.out(textconv(version, decoded && !isDecodeFailure(decoded) ? decoded.text : ''));
  return ExitCode.ok;
}
