import { spawn } from 'node:child_process';
import { UsageOrIoError } from '../io';

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(message: string, readonly stderr: string, readonly exitCode: number | null) {
    super(message);
  }
}

/**
 * Runs git with an argument array (never a shell) and returns its stdout. A non-zero exit is a
 * GitError carrying git's own message; git missing from PATH is a UsageOrIoError.
 */
export async function runGit(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  const out: Buffer[] = [];
  await streamGit(args, cwd, input, (chunk) => { out.push(chunk); });
  return Buffer.concat(out);
}

/** Runs git as runGit does, handing its stdout to `onData` chunk by chunk instead of keeping it. */
export function streamGit(args: readonly string[], cwd: string, input: string | undefined, onData: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    const err: Buffer[] = [];
    // What the caller does with the output may throw: git is stopped and the promise rejects with it.
    let failure: { error: Error } | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        onData(chunk);
      } catch (error) {
        failure = { error: error instanceof Error ? error : new Error(String(error)) };
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new UsageOrIoError('git is not installed or not on PATH; the diff reads versions through git') : error);
    });
    child.on('close', (code) => {
      if (failure) {
        reject(failure.error);
        return;
      }
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) resolve();
      else reject(new GitError(stderr.split('\n')[0] ?? `git ${args[0] ?? ''} failed`, stderr, code));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all of its input; its exit code says why
    child.stdin.end(input ?? '');
  });
}
