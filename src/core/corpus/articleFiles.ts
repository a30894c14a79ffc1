import { readdir } from 'node:fs/promises';
import * as path from 'node:path';

/** File extensions that hold corpus articles. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** True when the path names an article file (by extension; case-insensitive). */
export function isArticlePath(filePath: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/** Hidden folders (`.git`, `.corpus`, …) and `node_modules` never hold articles. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Whether `file` is an article that listing `root` finds: inside it, outside hidden folders and node_modules. */
export function isCorpusArticle(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  if (relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) return false;
  const folders = relative.split(path.sep).slice(0, -1);
  return isArticlePath(file) && !folders.some(isSkippedFolder);
}

/**
 * Every article file under `root`, as absolute paths, sorted by their path relative to `root`
 * in code-point order so that every platform and locale lists the corpus the same way.
 */
export async function listArticleFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) pending.push(full);
      } else if (entry.isFile() && isArticlePath(entry.name)) {
        found.push(full);
      }
    }
  }
  return found.sort((a, b) => compareCodePoints(path.relative(root, a), path.relative(root, b)));
}

export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
