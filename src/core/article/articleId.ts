import * as path from 'node:path';

/** An article's stable id: its file name without the extension, in NFC. */
export function articleIdOf(filePath: string): string {
  return path.basename(filePath, path.extname(filePath)).normalize('NFC');
}

export function isPlainTextArticle(filePath: string): boolean {
  return path.extname(filePath).toLowerCase() === '.txt';
}
