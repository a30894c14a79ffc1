import * as path from 'node:path';

export interface CorpusRootOptions {
  /** The user (never the workspace) lets the corpus lie outside the workspace folder. */
  allowOutsideWorkspace?: boolean;
  /** Resolves symbolic links, so that a link inside the workspace cannot lead the corpus out of it. */
  realPath?: (candidate: string) => string;
}

/**
 * Where the corpus of a workspace folder lives, given the `corpusPath` setting:
 * - `<folder>/<corpusPath>` when that folder exists (a project that holds its corpus);
 * - the workspace folder itself when its name is the setting's last segment (the corpus
 *   folder opened directly, as `code seeds/` does);
 * - otherwise there is no corpus in that folder (`undefined`).
 * The corpus must lie inside the workspace folder (links resolved); an absolute path or `..`
 * that leads out of it counts only when the user allows it.
 */
export function resolveCorpusRoot(
  workspaceFolder: string,
  corpusPath: string,
  isDirectory: (candidate: string) => boolean,
  options: CorpusRootOptions = {},
): string | undefined {
  const setting = corpusPath.trim() === '' ? '.' : corpusPath.trim();
  const candidate = path.resolve(workspaceFolder, setting);
  if (isDirectory(candidate)) return isAllowed(workspaceFolder, candidate, options) ? candidate : undefined;
  const lastSegment = path.basename(path.normalize(setting));
  if (lastSegment !== '' && lastSegment !== '.' && path.basename(workspaceFolder) === lastSegment) {
    return path.resolve(workspaceFolder);
  }
  return undefined;
}

/** True when the setting names an existing folder that lies outside the workspace folder and is therefore ignored. */
export function corpusPathLeavesWorkspace(workspaceFolder: string, corpusPath: string, isDirectory: (candidate: string) => boolean, options: CorpusRootOptions = {}): boolean {
  const candidate = path.resolve(workspaceFolder, corpusPath.trim() === '' ? '.' : corpusPath.trim());
  return isDirectory(candidate) && !isAllowed(workspaceFolder, candidate, options);
}

function isAllowed(workspaceFolder: string, candidate: string, options: CorpusRootOptions): boolean {
  if (options.allowOutsideWorkspace === true) return true;
  const real = options.realPath ?? ((file: string) => file);
  return isInside(real(path.resolve(workspaceFolder)), real(candidate));
}

/** True when `file` lies inside `root` (or is `root`). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
