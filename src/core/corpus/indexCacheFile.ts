import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IndexCache } from './corpusIndex';

/** Serialising gives the event loop back this often: a cache of 10,000 summaries takes far longer than a keystroke may wait. */
const SLICE_MS = 4;

function nextTask(): Promise<void> {
  return new Promise((resolve) => { setImmediate(resolve); });
}

/**
 * The cache as JSON (what JSON.stringify gives), made a few milliseconds at a time: each large
 * record is written entry by entry, and the host's other tasks run in between.
 */
export async function serializeIndexCache(cache: IndexCache): Promise<string> {
  const parts: string[] = [];
  let slice = performance.now();
  for (const [key, value] of Object.entries(cache)) {
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object') {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      continue;
    }
    const entries: string[] = [];
    for (const [entryKey, entry] of Object.entries(value as Record<string, unknown>)) {
      const json = JSON.stringify(entry) as string | undefined;
      if (json !== undefined) entries.push(`${JSON.stringify(entryKey)}:${json}`);
      if (performance.now() - slice >= SLICE_MS) {
        await nextTask();
        slice = performance.now();
      }
    }
    parts.push(`${JSON.stringify(key)}:{${entries.join(',')}}`);
  }
  return `{${parts.join(',')}}`;
}

let writes = 0;

/** Writes the corpus index's cache (see CorpusIndex.snapshot) without holding the event loop, and atomically: a reader sees the old file or the new one. */
export async function writeIndexCache(file: string, cache: IndexCache): Promise<void> {
  const json = await serializeIndexCache(cache);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${String(process.pid)}-${String(writes++)}`;
  try {
    await writeFile(temporary, json);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
