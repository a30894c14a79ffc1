import { readFile } from 'node:fs/promises';
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

export async function exportedDocument(file: string, tagger: Tagger, options: ExportOptions): Promise<ExportedDocument> {
  return documentFromBytes(new Uint8Array(await readFile(file)), file, tagger, options);
}
