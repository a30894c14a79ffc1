import * as path from 'node:path';

/**
 * Where the corpus of a workspace folder lives, given the `corpusPath` setting:
 * - `<folder>/<corpusPath>` when that folder exists (a project that holds its corpus);
 * - the workspace folder itself when its name is the setting's last segment (the corpus
 *   folder opened directly, as `code seeds/` does);
 * - otherwise there is no corpus in that folder (`undefined`).
 * An absolute `corpusPath` is taken as it is.
 */
export function resolveCorpusRoot(
  workspaceFolder: string,
  corpusPath: string,
  isDirectory: (candidate: string) => boolean,
): string | undefined {
  const setting = corpusPath.trim() === '' ? '.' : corpusPath.trim();
  const candidate = path.resolve(workspaceFolder, setting);
  if (isDirectory(candidate)) return candidate;
  const lastSegment = path.basename(path.normalize(setting));
  if (lastSegment !== '' && lastSegment !== '.' && path.basename(workspaceFolder) === lastSegment) {
    return path.resolve(workspaceFolder);
  }
  return undefined;
}

/** True when `file` lies inside `root` (or is `root`). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
