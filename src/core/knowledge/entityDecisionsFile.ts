import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { EntityEdit } from './entityDecisionsEdit';

const LOCK_WAIT_MS = 25;
const LOCK_TRIES = 200;
const STALE_LOCK_MS = 30_000;
const CAS_TRIES = 5;

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Holds `file`.lock while `work` runs, so that two writers of the file take turns. */
async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  await mkdir(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await rm(lock, { force: true });
      else if (attempt >= LOCK_TRIES) throw new Error(`${path.basename(file)} is being changed by another editor (${lock} is held)`);
      else await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_MS));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * Applies `edit` to .corpus/entities.yaml and writes the result, so that no change is lost:
 * writers take turns through a lock file, the edit is applied to the text as it is on disk then,
 * and the file is compared with what was read just before it is replaced (compare and swap);
 * a change made meanwhile without the lock (an editor's save) makes the edit start again on it.
 * A refused edit (a malformed file among them) writes nothing.
 */
export async function updateEntityDecisionsFile(file: string, edit: (text: string) => EntityEdit): Promise<EntityEdit> {
  return withLock(file, async () => {
    for (let attempt = 0; attempt < CAS_TRIES; attempt++) {
      const before = await readOrEmpty(file);
      const result = edit(before);
      if (!result.ok) return result;
      const temporary = `${file}.${String(process.pid)}.tmp`;
      await writeFile(temporary, result.text, 'utf8');
      if (await readOrEmpty(file) !== before) {
        await rm(temporary, { force: true });
        continue;
      }
      await rename(temporary, file);
      return result;
    }
    throw new Error(`${path.basename(file)} kept changing while it was being written; try again`);
  });
}
