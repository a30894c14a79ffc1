import { readFileSync } from 'node:fs';
import { decodeArticle, decodeFailureReason, isDecodeFailure } from '../article/decode';
import type { Tagger } from '../tagging/types';
import type { AnnotatedDocument } from './document';
import { type ExportOptions, documentFromArticle } from './fromArticle';

/** An article file as an export sees it: its document, or why it cannot be exported. */
export type ExportedDocument = { document: AnnotatedDocument } | { failure: string };

/** Reads, decodes and tags one article file into the document an export writes. */
export function documentFromBytes(bytes: Uint8Array, file: string, tagger: Tagger, options: ExportOptions): ExportedDocument {
  const decoded = decodeArticle(bytes);
  if (isDecodeFailure(decoded)) return { failure: decoded.code === 'utf16' ? decodeFailureReason(decoded) : decoded.code === 'binary' ? `a binary file (NUL byte at ${decoded.offset})` : `not valid UTF-8 at byte ${decoded.offset}` };
  return { document: documentFromArticle(decoded.text, file, tagger, options) };
}

/**
 * Reads and tags one article file on a worker thread. The read is synchronous: the thread has
 * nothing else to do meanwhile, and an asynchronous read costs four trips through the thread
 * pool (open, stat, read, close) per article.
 */
export function exportedDocument(file: string, tagger: Tagger, options: ExportOptions): ExportedDocument {
  return documentFromBytes(new Uint8Array(readFileSync(file)), file, tagger, options);
}
