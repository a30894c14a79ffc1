import { existsSync } from 'node:fs';
import { UsageOrIoError } from '../io';
import { GitError, runGit, streamGit } from './runGit';

export const NO_BLOB = /^0+$/u;

/** One file git reports as changed: its blob ids on both sides (all zeros: absent, or read it from the working tree). */
export interface ChangedFile {
  path: string;
  status: string;
  oldId: string;
  newId: string;
  oldMode: string;
  newMode: string;
}

export class GitRepository {
  private constructor(readonly root: string, private readonly cwd: string) {}

  static async open(cwd: string): Promise<GitRepository> {
    try {
      const root = (await runGit(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
      return new GitRepository(root, cwd);
    } catch (error) {
      if (error instanceof GitError) throw new UsageOrIoError(`'${cwd}' is not inside a git repository: the diff compares versions that git keeps (run it in a clone, or git init first)`);
      throw error;
    }
  }

  git(args: readonly string[], input?: string): Promise<Buffer> {
    return runGit(args, this.cwd, input);
  }

  /** Whether `name` names a commit here. */
  async isCommit(name: string): Promise<boolean> {
    if (name.startsWith('-')) return false;
    return this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]).then(() => true, () => false);
  }

  /** A revision that does not resolve, explained: unknown, absent from a shallow clone, or a repository without commits. */
  async explainMissing(name: string): Promise<UsageOrIoError> {
    const shallow = (await this.git(['rev-parse', '--is-shallow-repository']).catch(() => Buffer.from(''))).toString('utf8').trim() === 'true';
    if (shallow) {
      return new UsageOrIoError(`revision '${name}' is not in this shallow clone; fetch the history it needs (git fetch --deepen=N, or git fetch --unshallow) and run again`);
    }
    const hasCommits = await this.isCommit('HEAD');
    if (!hasCommits && name === 'HEAD') return new UsageOrIoError('the repository has no commit yet: there is nothing to compare the working tree with');
    return new UsageOrIoError(`unknown revision or path not in the working tree: '${name}'`);
  }

  /** Splits arguments into revisions (at most two) and paths, as `git diff` does; `--` forces the split. */
  async splitArguments(args: readonly string[], separator: number | undefined): Promise<{ revisions: string[]; paths: string[] }> {
    if (separator !== undefined) return { revisions: args.slice(0, separator), paths: args.slice(separator) };
    const revisions: string[] = [];
    let index = 0;
    for (; index < args.length && revisions.length < 2; index++) {
      const arg = args[index] ?? '';
      if (existsSync(arg)) break;
      if (!(await this.isCommit(arg))) throw await this.explainMissing(arg);
      revisions.push(arg);
    }
    return { revisions, paths: args.slice(index) };
  }

  /** `git diff --raw` between two trees (or a tree and the index or working tree): what changed, by blob id, without reading a file. */
  async changedFiles(diffArgs: readonly string[], paths: readonly string[]): Promise<ChangedFile[]> {
    const out = (await this.git(['diff', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--no-textconv', ...diffArgs, '--', ...paths])).toString('utf8');
    const fields = out.split('\0');
    const files: ChangedFile[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [oldMode = '', newMode = '', oldId = '', newId = '', status = ''] = (fields[i] ?? '').replace(/^:/u, '').split(' ');
      files.push({ path: fields[i + 1] ?? '', status, oldId, newId, oldMode, newMode });
    }
    return files;
  }

  /** Files in the working tree that git does not track and does not ignore (new articles not yet added). */
  async untrackedFiles(paths: readonly string[]): Promise<string[]> {
    const out = (await this.git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...paths])).toString('utf8');
    return out.split('\0').filter((name) => name !== '');
  }

  /**
   * Blob contents by id, read in one `git cat-file --batch` and parsed as it streams; a missing blob
   * maps to undefined. `onBlob` is called with the map each time a blob is in it (they come in the
   * order of `ids`), so the caller can work on what has come while git reads the rest.
   */
  async readBlobs(ids: readonly string[], onBlob?: (blobs: ReadonlyMap<string, Buffer | undefined>) => void): Promise<Map<string, Buffer | undefined>> {
    const unique = [...new Set(ids)];
    const parser = new BatchParser(onBlob);
    if (unique.length > 0) await streamGit(['cat-file', '--batch'], this.cwd, `${unique.join('\n')}\n`, (chunk) => { parser.push(chunk); });
    return parser.blobs;
  }
}

/** Parses `git cat-file --batch` output (`<id> <type> <size>\n<content>\n`, or `<id> missing\n`) chunk by chunk, copying a blob only where it spans chunks. */
class BatchParser {
  readonly blobs = new Map<string, Buffer | undefined>();
  private header: Buffer[] = [];
  private blob: { id: string; content: Buffer; filled: number } | undefined;
  /** Bytes still to skip: the newline after a blob. */
  private skip = 0;

  constructor(private readonly onBlob?: (blobs: ReadonlyMap<string, Buffer | undefined>) => void) {}

  private found(id: string, content: Buffer | undefined): void {
    this.blobs.set(id, content);
    this.onBlob?.(this.blobs);
  }

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skip > 0) {
        const skipped = Math.min(this.skip, chunk.length - at);
        this.skip -= skipped;
        at += skipped;
      } else if (this.blob) {
        const { content, id } = this.blob;
        const taken = Math.min(content.length - this.blob.filled, chunk.length - at);
        chunk.copy(content, this.blob.filled, at, at + taken);
        this.blob.filled += taken;
        at += taken;
        if (this.blob.filled === content.length) {
          this.blob = undefined;
          this.skip = 1;
          this.found(id, content);
        }
      } else {
        const newline = chunk.indexOf(0x0a, at);
        if (newline === -1) {
          this.header.push(chunk.subarray(at));
          return;
        }
        this.header.push(chunk.subarray(at, newline));
        at = newline + 1;
        const [id = '', type = '', size = ''] = Buffer.concat(this.header).toString('utf8').split(' ');
        this.header = [];
        if (type === 'missing' || size === '') this.found(id, undefined);
        else if (Number(size) === 0) { this.skip = 1; this.found(id, Buffer.alloc(0)); }
        else if (at + Number(size) <= chunk.length) {
          // The whole blob is in this chunk: a view of it, not a copy (the chunk is kept while the blob is).
          const content = chunk.subarray(at, at + Number(size));
          at += content.length;
          this.skip = 1;
          this.found(id, content);
        } else this.blob = { id, content: Buffer.allocUnsafe(Number(size)), filled: 0 };
      }
    }
  }
}
