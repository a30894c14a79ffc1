import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SEED_NAMES, SEEDS } from '../paths';

/**
 * A workspace folder of its own in the system's temporary folder, for a test that reads and writes
 * real files: `.corpus/` files, copies of the seeds, articles written for the test.
 */
export class TempWorkspace {
  readonly root: string;

  constructor(prefix: string) {
    this.root = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  }

  /** A path inside the workspace. */
  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }

  /** The path of the workspace's `.corpus/<name>` (gazetteer.yaml, entities.yaml, …); the folder is made. */
  corpusFile(name: string): string {
    mkdirSync(this.path('.corpus'), { recursive: true });
    return this.path('.corpus', name);
  }

  /** Writes a file (its folders made) and returns its path. */
  write(relative: string, content: string | Uint8Array): string {
    const file = this.path(relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  /** Copies seed articles into a folder of the workspace (its root by default); returns their paths. */
  copySeeds(folder = '', names: readonly string[] = SEED_NAMES): string[] {
    mkdirSync(this.path(folder), { recursive: true });
    return names.map((name) => {
      const file = this.path(folder, name);
      copyFileSync(path.join(SEEDS, name), file);
      return file;
    });
  }

  /** Copies a folder (the seeds by default) into the workspace, whole. */
  copyFolder(into: string, from: string = SEEDS): string {
    const target = this.path(into);
    cpSync(from, target, { recursive: true });
    return target;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
