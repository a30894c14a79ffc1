import { type BigIntStats, closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';

/** Articles larger than this are refused unless the limit is raised (`--max-size`, `corpusCurator.maxArticleSize`). */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** What identifies one version of a file: the inode, and the size and modification time of its content. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: number;
  mtimeNs: bigint;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
}

export interface ArticleBytes {
  /** The path as given. */
  file: string;
  /** The regular file that holds the article: the path itself, or a followed symbolic link's target. */
  target: string;
  bytes: Buffer;
  identity: FileIdentity;
}

export type RefusalCode = 'unreadable' | 'symlink' | 'special-file' | 'too-large';

export interface FileRefusal {
  refused: RefusalCode;
  message: string;
}

export interface ReadOptions {
  maxBytes?: number;
  /** Read (and later write) the target of a symbolic link instead of refusing it. */
  followSymlinks?: boolean;
}

export function identityOf(stats: BigIntStats): FileIdentity {
  return {
    dev: stats.dev, ino: stats.ino, size: Number(stats.size), mtimeNs: stats.mtimeNs,
    mode: Number(stats.mode) & 0o7777, nlink: Number(stats.nlink), uid: Number(stats.uid), gid: Number(stats.gid),
  };
}

/** Same inode holding the same version (size and modification time). */
export function sameVersion(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/** What a non-regular file is, for a message. */
export function fileKind(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function megabytes(bytes: number): string {
  const [amount, unit] = bytes >= 2 ** 20 ? [bytes / 2 ** 20, 'MB'] : [bytes / 2 ** 10, 'KB'];
  return `${amount.toFixed(1).replace(/\.0$/u, '')} ${unit}`;
}

function refusal(refused: RefusalCode, message: string): FileRefusal {
  return { refused, message };
}

/** The system's error code (EACCES, ENOENT, …) of an I/O error, for a message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Reads the whole file behind `fd` from the start, up to `limit` bytes (one more tells that it is
 * larger). `sizeHint` (the size fstat gave) sizes the first read, so a small article costs a
 * small buffer.
 */
export function readAll(fd: number, limit = Number.MAX_SAFE_INTEGER, sizeHint = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const wanted = total === 0 ? sizeHint + 1 : Math.max(4096, Math.min(total, 1 << 20));
    const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(wanted, limit + 1 - total)));
    const read = readSync(fd, chunk, 0, chunk.length, total);
    if (read === 0) break;
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    total += read;
    // A short read of a regular file (the only kind read here) is its end: no second call to learn it.
    if (total > limit || read < chunk.length) break;
  }
  return chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks, total);
}

/**
 * Reads an article file, refusing what is not one without blocking on it: a symbolic link
 * (unless followed), a FIFO, a device or a socket, and a file over the size limit.
 */
export function readArticleBytes(file: string, options: ReadOptions = {}): ArticleBytes | FileRefusal {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  let target = file;
  let stats: BigIntStats;
  try {
    stats = lstatSync(file, { bigint: true });
    if (stats.isSymbolicLink()) {
      if (options.followSymlinks !== true) return refusal('symlink', 'skipped: a symbolic link; pass --follow-symlinks to read and write the file it points to');
      target = realpathSync(file);
      stats = statSync(target, { bigint: true });
    }
  } catch (error) {
    return refusal('unreadable', `cannot read the file (${errorCode(error)})`);
  }
  if (!stats.isFile()) return refusal('special-file', `skipped: ${fileKind(stats)}, not a regular file`);
  if (Number(stats.size) > maxBytes) return tooLarge(Number(stats.size), maxBytes);
  let fd: number;
  try {
    // Non-blocking and not following links: a FIFO or a device swapped in since the check is never waited on.
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return refusal('unreadable', `cannot read the file (${errorCode(error)})`);
  }
  try {
    const opened = fstatSync(fd, { bigint: true });
    if (!opened.isFile()) return refusal('special-file', `skipped: ${fileKind(opened)}, not a regular file`);
    const bytes = readAll(fd, maxBytes, Number(opened.size));
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    return { file, target, bytes, identity: identityOf(opened) };
  } catch (error) {
    return refusal('unreadable', `cannot read the file (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): FileRefusal {
  return refusal('too-large', `skipped: the file is ${size > maxBytes + 1 ? megabytes(size) : `over ${megabytes(maxBytes)}`}, over the limit of ${megabytes(maxBytes)} for an article (raise it with --max-size or the corpusCurator.maxArticleSize setting)`);
}

export function isRefusal(result: ArticleBytes | FileRefusal): result is FileRefusal {
  return 'refused' in result;
}
