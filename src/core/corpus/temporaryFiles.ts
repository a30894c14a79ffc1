import { readdirSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The files the writer keeps beside an article for a moment: `.NAME.PID.corpus-curator.tmp` (the
 * new version being written), `.old` (a link to the version being replaced) and `.inplace` (the
 * complete new version of a hard-linked article while it is written in place).
 */
export type TemporaryKind = 'tmp' | 'old' | 'inplace';

const TEMPORARY = /^\.(.+)\.(\d+)\.corpus-curator\.(tmp|old|inplace)$/su;

export function temporaryName(target: string, kind: TemporaryKind, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.corpus-curator.${kind}`);
}

export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StaleTemporaries {
  /** Removed: left by a run that was killed (its process is gone). */
  removed: string[];
  /** Kept and reported: the complete new version of a hard-linked article whose write in place was interrupted. */
  interrupted: { file: string; article: string }[];
}

/** Removes the temporary files that runs no longer alive left in `folders`. */
export function cleanStaleTemporaries(folders: Iterable<string>): StaleTemporaries {
  const result: StaleTemporaries = { removed: [], interrupted: [] };
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = TEMPORARY.exec(name);
      if (!match || isAlive(Number(match[2]))) continue;
      const file = path.join(folder, name);
      if (match[3] === 'inplace') {
        result.interrupted.push({ file, article: path.join(folder, match[1] ?? '') });
        continue;
      }
      try {
        unlinkSync(file);
        result.removed.push(file);
      } catch {
        // removed meanwhile, or not ours to remove
      }
    }
  }
  return result;
}
