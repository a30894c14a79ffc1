import * as path from 'node:path';

/** What an article file may be called: the schema's id shape (letters and digits, then also `_ . -`). */
const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/**
 * The file name (without extension) a document id gives, or undefined when the id is missing or
 * could write outside the target folder (`../`, a separator, a leading dot, control characters).
 */
export function safeDocumentName(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const name = id.normalize('NFC');
  if (!SAFE_NAME.test(name) || name.includes('..') || name.length > 200) return undefined;
  return name;
}

/** Whether `file` lies inside `folder` (after resolving both). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
