import { decodeArticle, type DecodedArticle, describeDecodeFailure, encodeArticle, isDecodeFailure } from '../core/article/decode';
import { type ArticleBytes, isRefusal, readArticleBytes, type ReadOptions } from '../core/corpus/articleBytes';
import { SafeWriter, type WriteOutcome } from '../core/corpus/safeWriter';
import type { Problem } from '../core/problems';

export type LoadedArticle = ArticleBytes & DecodedArticle;

/**
 * Reads and decodes an article; a binary or non-UTF-8 file, a special file, a symbolic link not
 * followed or a file over the size limit becomes a problem, never a guess or a hang.
 */
export function loadArticle(file: string, options: ReadOptions = {}): Promise<LoadedArticle | Problem> {
  const read = readArticleBytes(file, options);
  if (isRefusal(read)) return Promise.resolve({ severity: 'error', code: read.refused, message: read.message, start: 0, end: 0 });
  const decoded = decodeArticle(read.bytes);
  if (isDecodeFailure(decoded)) {
    return Promise.resolve({ severity: 'error', code: decoded.code, message: describeDecodeFailure(decoded), start: 0, end: 0 });
  }
  return Promise.resolve({ ...read, ...decoded });
}

export function isLoaded(result: LoadedArticle | Problem): result is LoadedArticle {
  return 'bytes' in result;
}

/**
 * Writes the new text only if the file still holds the version it was read from (another program
 * or an editor may have saved it meanwhile); see SafeWriter. Without a writer, the replaced version
 * is checked at once for late edits.
 */
export function writeArticleSafely(article: LoadedArticle, newText: string, writer?: SafeWriter): Promise<WriteOutcome> {
  const bytes = encodeArticle({ text: newText, bom: article.bom });
  if (writer) return Promise.resolve(writer.write(article, bytes));
  const once = new SafeWriter({ maxWatched: 0 });
  return Promise.resolve(once.write(article, bytes));
}
