import {
  appendFileSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, ftruncateSync, linkSync, lstatSync, openSync,
  renameSync, unlinkSync, writeFileSync, writeSync,
} from 'node:fs';
import { type ArticleBytes, identityOf, readAll, sameVersion } from './articleBytes';
import { temporaryName } from './temporaryFiles';

export type WriteOutcome =
  /** The new version is in place. */
  | 'written'
  /** The file is not the version that was read any more: nothing was written. */
  | 'changed-on-disk'
  /** The file has no write permission for anyone (e.g. 0444): nothing was written. */
  | 'read-only';

/**
 * An edit that another program made to the old version while it was being replaced (it held the
 * file open across the rename). An appended edit is appended again to the new version; any other
 * edit is kept whole in `copy`, for the curator to merge.
 */
export interface LateEdit {
  file: string;
  kept: 'appended' | 'copy';
  copy?: string;
}

interface Pending { target: string; fd: number; bytes: Buffer; mode: number; renamedAt: number }

export interface SafeWriterOptions {
  /** How long the replaced version is watched for late edits, in ms (default 200). */
  graceMs?: number;
  /** At most this many replaced versions are watched at once (each holds a file descriptor; default 256). */
  maxWatched?: number;
  /** Called after the compare and before the rename: where tests put another program's save. */
  beforeSwap?: (target: string) => void;
}

function writeWhole(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** Runs `make`; if its file exists already (a leftover of an interrupted run), removes it and runs `make` again. */
function replacingLeftover<T>(file: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    removeQuietly(file);
    return make();
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/**
 * Writes articles so that no edit made meanwhile by another program is lost:
 * 1. the new version is written completely to a temporary file beside the article, with the
 *    article's mode (no umask) and owner;
 * 2. compare and swap: the file must still be the same inode, size, modification time and bytes
 *    as when it was read, otherwise nothing is written ('changed-on-disk');
 * 3. the temporary file is renamed over the article (a crash never leaves half an article); a
 *    hard link to the old version taken just before tells whether another program replaced the
 *    file in between, and then its version is put back;
 * 4. the old version stays open for a grace period: an edit written to it by a program that
 *    opened it before the rename is appended again to the new version (or kept in a copy).
 * A file with several hard links is written in place instead, to keep the links, after a
 * complete copy of the new version is on disk.
 */
export class SafeWriter {
  private readonly watched: Pending[] = [];
  private readonly late: LateEdit[] = [];
  private readonly graceMs: number;
  private readonly maxWatched: number;
  private readonly beforeSwap: ((target: string) => void) | undefined;

  constructor(options: SafeWriterOptions = {}) {
    this.beforeSwap = options.beforeSwap;
    this.graceMs = options.graceMs ?? 200;
    this.maxWatched = options.maxWatched ?? 256;
  }

  write(article: ArticleBytes, newBytes: Uint8Array): WriteOutcome {
    const { target, identity } = article;
    if ((identity.mode & 0o222) === 0) return 'read-only';
    const temporary = temporaryName(target, 'tmp');
    this.writeTemporary(temporary, newBytes, identity.mode, identity.uid, identity.gid);
    let held: number | undefined;
    try {
      try {
        held = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
      } catch {
        removeQuietly(temporary);
        return 'changed-on-disk';
      }
      const current = identityOf(fstatSync(held, { bigint: true }));
      if (!sameVersion(current, identity) || !readAll(held, Number.MAX_SAFE_INTEGER, current.size).equals(article.bytes)) {
        removeQuietly(temporary);
        return 'changed-on-disk';
      }
      if (current.nlink > 1) {
        this.writeInPlace(target, temporary, newBytes, current.ino);
        return 'written';
      }
      this.beforeSwap?.(target);
      if (!this.swap(target, temporary, current.ino)) return 'changed-on-disk';
      this.watched.push({ target, fd: held, bytes: article.bytes, mode: identity.mode, renamedAt: performance.now() });
      held = undefined;
      return 'written';
    } finally {
      if (held !== undefined) closeSync(held);
      this.settle(false);
    }
  }

  /** Waits out the grace period of the last write, checks every replaced version; returns the late edits kept. */
  async finish(): Promise<LateEdit[]> {
    const newest = this.watched.at(-1);
    const wait = newest ? this.graceMs - (performance.now() - newest.renamedAt) : 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.settle(true);
    return this.late.splice(0);
  }

  /** Late edits found so far (also returned by finish). */
  takeLateEdits(): LateEdit[] {
    return this.late.splice(0);
  }

  private writeTemporary(temporary: string, bytes: Uint8Array, mode: number, uid: number, gid: number): void {
    const fd = replacingLeftover(temporary, () => openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600));
    try {
      writeWhole(fd, bytes, 0);
      try {
        fchownSync(fd, uid, gid);
      } catch {
        // only the owner's own files can be given away; the mode is what matters
      }
      fchmodSync(fd, mode);
    } catch (error) {
      closeSync(fd);
      removeQuietly(temporary);
      throw error;
    }
    closeSync(fd);
  }

  /** Renames the temporary file over the target; false (and the other program's version put back) when the target was replaced meanwhile. */
  private swap(target: string, temporary: string, expectedIno: bigint): boolean {
    const backup = temporaryName(target, 'old');
    let linked = false;
    try {
      replacingLeftover(backup, () => { linkSync(target, backup); });
      linked = true;
    } catch {
      // a file system without hard links: the rename below is still atomic
    }
    try {
      renameSync(temporary, target);
    } catch (error) {
      removeQuietly(temporary);
      if (linked) removeQuietly(backup);
      throw error;
    }
    if (!linked) return true;
    if (lstatSync(backup, { bigint: true }).ino !== expectedIno) {
      renameSync(backup, target);
      return false;
    }
    unlinkSync(backup);
    return true;
  }

  private writeInPlace(target: string, temporary: string, newBytes: Uint8Array, expectedIno: bigint): void {
    const recovery = temporaryName(target, 'inplace');
    renameSync(temporary, recovery);
    const fd = openSync(target, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      if (fstatSync(fd, { bigint: true }).ino !== expectedIno) throw new Error('the file was replaced while it was being written');
      writeWhole(fd, newBytes, 0);
      ftruncateSync(fd, newBytes.length);
    } finally {
      closeSync(fd);
    }
    unlinkSync(recovery);
  }

  private settle(all: boolean): void {
    const now = performance.now();
    while (this.watched.length > 0) {
      const oldest = this.watched[0];
      if (!oldest) break;
      if (!all && this.watched.length <= this.maxWatched && now - oldest.renamedAt < this.graceMs) break;
      this.watched.shift();
      this.check(oldest);
    }
  }

  private check(pending: Pending): void {
    let content: Buffer;
    try {
      content = readAll(pending.fd, Number.MAX_SAFE_INTEGER, pending.bytes.length);
    } finally {
      closeSync(pending.fd);
    }
    if (content.equals(pending.bytes)) return;
    const { bytes, target } = pending;
    if (content.length > bytes.length && content.subarray(0, bytes.length).equals(bytes)) {
      appendFileSync(target, content.subarray(bytes.length));
      this.late.push({ file: target, kept: 'appended' });
      return;
    }
    for (let n = 1; ; n++) {
      const copy = `${target}.corpus-curator-conflict${n === 1 ? '' : `-${n}`}`;
      try {
        writeFileSync(copy, content, { flag: 'wx', mode: pending.mode });
        this.late.push({ file: target, kept: 'copy', copy });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
}

