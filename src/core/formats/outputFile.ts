import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';

/** Where an export is written until it is complete: beside the target, hidden, named per process. */
export function partialPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}`);
}

export async function exists(target: string): Promise<boolean> {
  return stat(target).then(() => true, () => false);
}

/** A file written as a stream, with back-pressure, so memory stays flat whatever the corpus size. */
export class StreamedFile {
  private readonly stream: WriteStream;
  private failure: Error | undefined;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
    this.stream.on('error', (error) => { this.failure = error; });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  async write(text: string): Promise<void> {
    this.check();
    // once() rejects when the stream emits 'error' while waiting.
    if (!this.stream.write(text)) await once(this.stream, 'drain');
    this.check();
  }

  async close(): Promise<void> {
    if (this.stream.closed) return;
    this.stream.end();
    await once(this.stream, 'close').catch(() => undefined);
    this.check();
  }
}

/**
 * Moves finished partial outputs onto their targets. A target that exists (a previous export,
 * allowed by `force`) is removed first; nothing else outside the targets is touched.
 */
export async function commitOutputs(pairs: readonly { partial: string; target: string }[]): Promise<void> {
  for (const { partial, target } of pairs) {
    await mkdir(path.dirname(target), { recursive: true });
    if (await exists(target)) await rm(target, { recursive: true, force: true });
    await rename(partial, target);
  }
}

export async function discardOutputs(partials: readonly string[]): Promise<void> {
  for (const partial of partials) await rm(partial, { recursive: true, force: true });
}
