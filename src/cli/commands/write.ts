import { createTwoFilesPatch } from 'diff';
import * as path from 'node:path';
import { encodeArticle } from '../../core/article/decode';
import { cleanStaleTemporaries } from '../../core/corpus/temporaryFiles';
import { SafeWriter } from '../../core/corpus/safeWriter';
import { writeArticle, type WriteResult } from '../../core/metadata/writeArticle';
import { isLoaded, loadArticle, type LoadedArticle, writeArticleSafely } from '../articleFile';
import { collectArticles, reportListing } from '../collect';
import { displayPath } from '../displayPath';
import { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { formatFileLine, formatText, ioMessage, locate } from '../report';
import { WriteCache } from '../writeCache';
import { type CommandTagger, commandTagger } from '../commandTagger';
import { commandWorkerPool, workerCount } from '../workers';
import type { FileOptions } from './fileOptions';

export interface WriteOptions extends FileOptions {
  dryRun: boolean;
  gazetteer?: string;
  /** The curator's merges and splits of entities (default: .corpus/entities.yaml here when present). */
  entities?: string;
  /** Worker threads that compute front matter: 0 computes in this thread; default one per core for more than WORKERS_FROM files. */
  jobs?: number;
  /** Remember the articles that need no change (default on). */
  cache?: boolean;
  /** Show a progress line on stderr (default: when stderr is a terminal). */
  progress?: boolean;
  /** The folder whose .corpus/model/entities.model tags instead of the shipped model (default: the current folder). */
  workspace?: string;
}

/** Below this many articles, starting worker threads costs more than it saves. */
const WORKERS_FROM = 200;
const PROGRESS_EVERY = 250;

type FileStatus = 'written' | 'unchanged' | 'failed';

/** What happened to one file: its status and the lines to print, in the order of the files. */
interface FileOutcome { status: FileStatus; err: string[]; out: string[] }

interface WriteRun {
  options: WriteOptions;
  writer: SafeWriter;
  cache: WriteCache | undefined;
  compute: (loaded: LoadedArticle) => Promise<WriteResult>;
}

function writeErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `cannot write the file (${code}): no permission to create a file in its folder; not written`;
  if (code === 'EROFS') return 'cannot write the file (EROFS): the file system is read-only; not written';
  return ioMessage('cannot write the file', error);
}

async function writeOne(file: string, run: WriteRun): Promise<FileOutcome> {
  const outcome: FileOutcome = { status: 'failed', err: [], out: [] };
  const { options } = run;
  try {
    const loaded = await loadArticle(file, options);
    if (!isLoaded(loaded)) {
      outcome.err.push(formatText(locate(file, '', loaded)));
      return outcome;
    }
    const key = run.cache ? WriteCache.key(loaded.target, loaded.bytes) : '';
    if (run.cache?.isStable(key)) return { ...outcome, status: 'unchanged' };
    let result: WriteResult;
    try {
      result = await run.compute(loaded);
    } catch (error) {
      outcome.err.push(formatFileLine(file, 'error', `not written: the front matter could not be computed (${error instanceof Error ? error.message : String(error)})`));
      return outcome;
    }
    for (const problem of result.problems) outcome.err.push(formatText(locate(file, loaded.text, problem)));
    if (result.status === 'skipped') return outcome;
    if (result.status === 'unchanged') {
      if (result.problems.length === 0) run.cache?.remember(key);
      return { ...outcome, status: 'unchanged' };
    }
    if (options.dryRun) {
      const name = path.relative(process.cwd(), file).split(path.sep).join('/');
      outcome.out.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, loaded.text, result.newText, undefined, undefined, { context: 3 }));
      return { ...outcome, status: 'written' };
    }
    const written = await writeArticleSafely(loaded, result.newText, run.writer);
    if (written === 'changed-on-disk') {
      outcome.err.push(formatFileLine(file, 'error', 'the file changed on disk while it was being processed; not overwritten, run write again'));
    } else if (written === 'read-only') {
      outcome.err.push(formatFileLine(file, 'error', `the file is read-only (mode ${loaded.identity.mode.toString(8).padStart(4, '0')}); not written: make it writable (chmod u+w) to let write change it`));
    } else {
      outcome.status = 'written';
      if (result.problems.length === 0) run.cache?.remember(WriteCache.key(loaded.target, encodeArticle({ text: result.newText, bom: loaded.bom })));
    }
  } catch (error) {
    outcome.err.push(formatFileLine(file, 'error', writeErrorMessage(error)));
  }
  return outcome;
}

/** Computes front matter on worker threads when there are many articles, else in this thread. */
function computer({ tagger, workerFiles }: CommandTagger, jobs: number): { compute: WriteRun['compute']; close: () => Promise<void> } {
  if (jobs === 0) {
    // A followed symbolic link writes the article it points to: its name gives the id.
    return { compute: (loaded) => Promise.resolve(writeArticle(loaded.text, loaded.target, tagger)), close: () => Promise.resolve() };
  }
  // Started by the first article that needs computing: a re-run that the cache answers needs no worker.
  const pool = commandWorkerPool(jobs);
  return { compute: (loaded) => pool.get().computeWrite(loaded.text, loaded.target, workerFiles.gazetteerFile, workerFiles.entitiesFile, workerFiles.modelFile), close: pool.close };
}

export async function runWrite(inputs: readonly string[], options: WriteOptions, io: CliIo): Promise<ExitCode> {
  const counts = { written: 0, unchanged: 0, failed: 0, skipped: 0 };
  const tagging = await commandTagger(options, io);
  const { files, problems, folders } = await collectArticles(inputs, options);
  const listing = reportListing(problems, (text) => { io.err(text); });
  counts.failed += listing.errors;
  counts.skipped += listing.warnings;
  if (!options.dryRun) {
    for (const { file, article } of cleanStaleTemporaries(folders).interrupted) {
      io.err(formatFileLine(article, 'warning', `an earlier write in place was interrupted; its complete new version is kept in ${displayPath(file)}`));
    }
  }
  const jobs = options.jobs ?? workerCount(files.length, WORKERS_FROM);
  const { compute, close } = computer(tagging, jobs);
  const cache = options.cache === false ? undefined : WriteCache.open(`${tagging.gazetteer.yaml ?? ''}\u0000${tagging.entities.yaml ?? ''}\u0000${tagging.model.identity}`);
  const run: WriteRun = { options, writer: new SafeWriter(), cache, compute };
  const progress = options.progress ?? (process.stderr.isTTY && files.length >= PROGRESS_EVERY);
  // Files are computed several at a time (to keep the workers busy) but reported in their order.
  const window = Math.max(1, jobs * 8);
  const running: Promise<FileOutcome>[] = [];
  let next = 0;
  try {
    for (let done = 0; done < files.length; done++) {
      while (next < files.length && running.length < window) running.push(writeOne(files[next++] ?? '', run));
      const outcome = await (running.shift() ?? Promise.reject(new Error('nothing running')));
      for (const text of outcome.out) io.out(text);
      for (const text of outcome.err) io.err(progress ? `\r\u001b[K${text}` : text);
      counts[outcome.status]++;
      if (progress && (done + 1) % PROGRESS_EVERY === 0) io.err(`\r\u001b[Kwrite: ${done + 1}/${files.length} articles`);
    }
  } finally {
    await close();
  }
  if (progress) io.err('\r\u001b[K');
  for (const late of await run.writer.finish()) {
    io.err(late.kept === 'appended'
      ? formatFileLine(late.file, 'warning', 'another program appended to the file while it was being written; its addition is kept at the end')
      : formatFileLine(late.file, 'error', `another program changed the file while it was being written; its version is kept in ${displayPath(late.copy ?? '')}: merge it by hand`));
    if (late.kept === 'copy') counts.failed++;
  }
  cache?.save();
  const verb = options.dryRun ? 'would write' : 'wrote';
  io.err(`${verb} ${counts.written}, unchanged ${counts.unchanged}, failed ${counts.failed}, skipped ${counts.skipped}\n`);
  return counts.failed > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
