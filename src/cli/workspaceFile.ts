import { readFile } from 'node:fs/promises';
import { errorCode } from '../core/corpus/articleBytes';
import { UsageOrIoError } from './io';

/**
 * A workspace file the curator may give (`--gazetteer FILE`, `--entities FILE`) or leave at its
 * default place: undefined when the default is absent; a file given but unreadable is an error.
 */
export async function readWorkspaceFile(given: string | undefined, defaultPath: string, what: string): Promise<{ file: string; text: string } | undefined> {
  const chosen = given ?? defaultPath;
  try {
    return { file: chosen, text: await readFile(chosen, 'utf8') };
  } catch (error) {
    if (given === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageOrIoError(`cannot read ${what} '${chosen}': ${errorCode(error)}`);
  }
}
