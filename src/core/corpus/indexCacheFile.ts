import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { TimeSlices } from '../timeSlices';
import { emptyCache, type IndexCache } from './corpusIndex';

/** Serialising gives the event loop back this often: a cache of 10,000 summaries takes far longer than a keystroke may wait. */
const SLICE_MS = 4;

/**
 * The cache as JSON (what JSON.stringify gives), in pieces of a few milliseconds' work: each
 * record of summaries is written entry by entry, and the host's other tasks run in between.
 */
async function* indexCacheChunks(cache: IndexCache): AsyncGenerator<string> {
  const slices = new TimeSlices(SLICE_MS);
  let chunk: string[] = ['{'];
  let firstKey = true;
  for (const [key, value] of Object.entries(cache) as [string, unknown][]) {
    const json = value === null || typeof value !== 'object' || Array.isArray(value) ? JSON.stringify(value) as string | undefined : undefined;
    if (value === undefined || (json === undefined && typeof value !== 'object')) continue;
    chunk.push(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
    firstKey = false;
    if (json !== undefined) {
      chunk.push(json);
      continue;
    }
    chunk.push('{');
    let firstEntry = true;
    for (const [entryKey, entry] of Object.entries(value as Record<string, unknown>)) {
      const entryJson = JSON.stringify(entry) as string | undefined;
      if (entryJson === undefined) continue;
      chunk.push(`${firstEntry ? '' : ','}${JSON.stringify(entryKey)}:${entryJson}`);
      firstEntry = false;
      if (slices.due()) {
        yield chunk.join('');
        chunk = [];
        await slices.pause();
      }
    }
    chunk.push('}');
  }
  chunk.push('}');
  yield chunk.join('');
}

/** The cache as the JSON that writeIndexCache writes (JSON.stringify's, made without holding the event loop). */
export async function serializeIndexCache(cache: IndexCache): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of indexCacheChunks(cache)) chunks.push(chunk);
  return chunks.join('');
}

let writes = 0;

/**
 * The cache that writeIndexCache wrote, or an empty one when there is none or it cannot be read.
 * Read in one call: the whole file decoded at once is one flat string, which JSON.parse reads
 * faster than the string a streamed read joins from its pieces.
 */
export function readIndexCache(file: string | undefined): IndexCache {
  try {
    return file ? JSON.parse(readFileSync(file, 'utf8')) as IndexCache : emptyCache();
  } catch {
    return emptyCache();
  }
}

/**
 * Writes the corpus index's cache (see CorpusIndex.snapshot) piece by piece, never holding the
 * event loop for long, and atomically: a reader sees the old file or the new one.
 */
export async function writeIndexCache(file: string, cache: IndexCache): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${String(process.pid)}-${String(writes++)}`;
  const handle = await open(temporary, 'w');
  try {
    for await (const chunk of indexCacheChunks(cache)) {
      const bytes = Buffer.from(chunk, 'utf8');
      // A write may take fewer bytes than given (a disk nearly full): go on until all are written.
      for (let written = 0; written < bytes.length;) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
    }
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Removes the temporary files of saves that never finished (the editor quit or crashed while
 * writing): the cache's folder belongs to this workspace, which one window at a time has open.
 */
export async function removeUnfinishedIndexCaches(file: string): Promise<number> {
  const prefix = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch {
    return 0;
  }
  const unfinished = names.filter((name) => name.startsWith(prefix));
  await Promise.all(unfinished.map((name) => rm(path.join(path.dirname(file), name), { force: true })));
  return unfinished.length;
}
