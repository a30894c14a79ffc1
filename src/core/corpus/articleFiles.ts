import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { errorCode, fileKind } from './articleBytes';
import { compareCodePoints } from '../text/compare';

/** File extensions that hold corpus articles. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/**
 * Files that a repository keeps beside its content and that are never articles, even inside the
 * corpus folder: its documents (README, CHANGELOG, LICENSE, …) and the `.txt` files of build and
 * package tools. Compared by the name before its first dot, case-insensitively.
 */
const REPOSITORY_FILES = new Set([
  'README', 'CHANGELOG', 'CHANGES', 'HISTORY', 'NEWS', 'RELEASES', 'LICENSE', 'LICENCE', 'COPYING', 'NOTICE', 'AUTHORS',
  'CONTRIBUTORS', 'CONTRIBUTING', 'CODE_OF_CONDUCT', 'SECURITY', 'SUPPORT', 'GOVERNANCE', 'MAINTAINERS', 'CODEOWNERS',
  'FUNDING', 'PULL_REQUEST_TEMPLATE', 'ISSUE_TEMPLATE', 'INSTALL', 'UPGRADING', 'MIGRATION', 'ROADMAP', 'TODO', 'CITATION',
  'REQUIREMENTS', 'CONSTRAINTS', 'ROBOTS', 'CMAKELISTS', 'LLMS',
]);

/** True when the file name is a repository's document (README.md, LICENSE.txt, CHANGELOG.md, requirements-dev.txt, …). */
export function isRepositoryFile(filePath: string): boolean {
  const stem = (path.basename(filePath).split('.')[0] ?? '').toUpperCase().replace(/-/gu, '_');
  return REPOSITORY_FILES.has(stem) || /^(?:LICEN[CS]E|REQUIREMENTS)_/u.test(stem);
}

/** True when the path names an article file: `.txt` or `.md` (case-insensitive), and not a repository document. */
export function isArticlePath(filePath: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase()) && !isRepositoryFile(filePath);
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

/** Something the listing passed over: a folder it could not read, or an article-named entry that is not a regular file. */
export interface ListingProblem {
  path: string;
  folder: boolean;
  severity: 'error' | 'warning';
  message: string;
}

export interface ListOptions {
  /** List article-named symbolic links to regular files (otherwise they are reported and skipped). */
  followSymlinks?: boolean;
  onProblem?: (problem: ListingProblem) => void;
}

/** Whether an entry that is neither a folder nor a regular file is listed (a followed link to a file), else why not. */
async function linkedArticle(full: string, entry: Dirent, options: ListOptions): Promise<true | string> {
  if (!entry.isSymbolicLink()) return `skipped: ${fileKind(entry)}, not a regular file`;
  if (options.followSymlinks !== true) return 'skipped: a symbolic link; pass --follow-symlinks to follow it';
  try {
    const target = await stat(full);
    return target.isFile() ? true : `skipped: a symbolic link to ${fileKind(target)}, not to a regular file`;
  } catch (error) {
    return `skipped: a symbolic link that cannot be followed (${errorCode(error)})`;
  }
}

/**
 * Every article file under `root`, as absolute paths, sorted by their path relative to `root`
 * in code-point order so that every platform and locale lists the corpus the same way. A
 * sub-folder that cannot be read is reported and passed over; `root` itself must be readable.
 */
export async function listArticleFiles(root: string, options: ListOptions = {}): Promise<string[]> {
  const found: string[] = [];
  const pending: string[] = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (folder === root) throw error;
      options.onProblem?.({ path: folder, folder: true, severity: 'error', message: `cannot read the folder (${errorCode(error)}); the articles in it were not processed` });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) pending.push(full);
      } else if (isArticlePath(entry.name)) {
        const listed = entry.isFile() || (await linkedArticle(full, entry, options));
        if (listed === true) found.push(full);
        else options.onProblem?.({ path: full, folder: false, severity: 'warning', message: listed });
      }
    }
  }
  return found.sort((a, b) => compareCodePoints(path.relative(root, a), path.relative(root, b)));
}
