import { readFile, rename, stat, writeFile, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { decodeArticle, type DecodedArticle, describeDecodeFailure, encodeArticle, isDecodeFailure } from '../core/article/decode';
import type { Problem } from '../core/problems';

export interface LoadedArticle extends DecodedArticle {
  file: string;
  bytes: Uint8Array;
}

/** Reads and decodes an article; a binary or non-UTF-8 file becomes a problem, never a guess. */
export async function loadArticle(file: string): Promise<LoadedArticle | Problem> {
  const bytes = new Uint8Array(await readFile(file));
  const decoded = decodeArticle(bytes);
  if (isDecodeFailure(decoded)) {
    return { severity: 'error', code: decoded.code, message: describeDecodeFailure(decoded), start: 0, end: 0 };
  }
  return { ...decoded, file, bytes };
}

export function isLoaded(result: LoadedArticle | Problem): result is LoadedArticle {
  return 'bytes' in result;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Writes the new text only if the file still holds the bytes it was read from (another program
 * or an editor may have saved it meanwhile), through a temporary file and a rename so a crash never
 * leaves half an article.
 */
export async function writeArticleSafely(article: LoadedArticle, newText: string): Promise<'written' | 'changed-on-disk'> {
  const now = new Uint8Array(await readFile(article.file));
  if (!sameBytes(now, article.bytes)) return 'changed-on-disk';
  const temporary = path.join(path.dirname(article.file), `.${path.basename(article.file)}.${process.pid}.corpus-curator.tmp`);
  const { mode } = await stat(article.file);
  try {
    await writeFile(temporary, encodeArticle({ text: newText, bom: article.bom }), { mode });
    await rename(temporary, article.file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return 'written';
}
