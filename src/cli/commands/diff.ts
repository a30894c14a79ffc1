import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isArticlePath } from '../../core/corpus/articleFiles';
import { changeLine, summaryLine } from '../../core/review/describe';
import { diffArticle } from '../../core/review/diffArticle';
import { renderMarkdown, renderText } from '../../core/review/render';
import { buildReport, type CorpusReport, FAIL_ON_CHOICES, type FailOn, failures } from '../../core/review/report';
import type { ArticleDiff } from '../../core/review/types';
import type { ArticleVersion } from '../../core/review/version';
import { versionFromBytes } from '../../core/review/versionBytes';
import { ExitCode } from '../exitCodes';
import { type CliIo, UsageOrIoError } from '../io';
import { type ChangedFile, GitRepository, NO_BLOB } from '../git/repository';

export interface DiffOptions {
  staged?: boolean;
  format: string;
  failOn?: string;
  /** Paths when none are given. */
  defaultPaths: readonly string[];
}

const FORMATS = ['text', 'markdown', 'json'] as const;
const SUBMODULE = '160000';
const SYMLINK = '120000';

function parseFailOn(value: string | undefined): FailOn[] {
  if (value === undefined || value === '') return [];
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '').map((item) => {
    if (!(FAIL_ON_CHOICES as readonly string[]).includes(item)) throw new UsageOrIoError(`--fail-on: unknown condition '${item}' (choose from ${FAIL_ON_CHOICES.join(', ')})`);
    return item as FailOn;
  });
}

async function workingTreeVersion(repository: GitRepository, file: string): Promise<ArticleVersion | undefined> {
  try {
    return versionFromBytes(new Uint8Array(await readFile(path.join(repository.root, file))));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { kind: 'unreadable', reason: `cannot read the working-tree file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

const hasArrived = (blobs: ReadonlyMap<string, Buffer | undefined>, id: string): boolean => NO_BLOB.test(id) || blobs.has(id);

function blobVersion(blobs: ReadonlyMap<string, Buffer | undefined>, id: string, side: string): ArticleVersion | undefined {
  if (NO_BLOB.test(id)) return undefined;
  const bytes = blobs.get(id);
  if (bytes === undefined) return { kind: 'unreadable', reason: `the ${side} blob ${id.slice(0, 12)} is missing from the repository (a shallow or partial clone?)` };
  return versionFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** Compares two versions of the corpus through git and returns the report (no output). */
export async function diffCorpus(repository: GitRepository, revisions: readonly string[], paths: readonly string[], staged: boolean): Promise<CorpusReport> {
  if (revisions.length > 2) throw new UsageOrIoError('at most two revisions can be compared');
  if (staged && revisions.length > 1) throw new UsageOrIoError('--staged compares the index with one revision (HEAD by default), not two');
  const from = revisions[0] ?? 'HEAD';
  if (!(await repository.isCommit(from))) throw await repository.explainMissing(from);
  const to = revisions[1] ?? (staged ? 'index' : 'working tree');
  const workingTree = revisions.length < 2 && !staged;
  const diffArgs = staged ? ['--cached', from] : [from, ...revisions.slice(1)];
  const changed = await repository.changedFiles(diffArgs, paths);
  const untracked = workingTree ? await repository.untrackedFiles(paths) : [];
  const skipped: { path: string; reason: string }[] = [];
  const articles: ChangedFile[] = [];
  for (const file of changed) {
    if (!isArticlePath(file.path)) continue;
    if (file.oldMode === SUBMODULE || file.newMode === SUBMODULE) skipped.push({ path: file.path, reason: 'a submodule, not an article' });
    else if (file.oldMode === SYMLINK || file.newMode === SYMLINK) skipped.push({ path: file.path, reason: 'a symbolic link, not an article' });
    else articles.push(file);
  }
  const ids = articles.flatMap((file) => [file.oldId, ...(workingTree ? [] : [file.newId])]).filter((id) => !NO_BLOB.test(id));
  const diffs: ArticleDiff[] = [];
  if (workingTree) {
    const blobs = await repository.readBlobs(ids);
    for (const file of articles) diffs.push(diffArticle(file.path, blobVersion(blobs, file.oldId, 'old'), await workingTreeVersion(repository, file.path)));
  } else {
    // Each article is compared as soon as both its blobs have come, while git reads the next ones.
    const compareReady = (blobs: ReadonlyMap<string, Buffer | undefined>): void => {
      for (let file = articles[diffs.length]; file && hasArrived(blobs, file.oldId) && hasArrived(blobs, file.newId); file = articles[diffs.length]) {
        diffs.push(diffArticle(file.path, blobVersion(blobs, file.oldId, 'old'), blobVersion(blobs, file.newId, 'new')));
      }
    };
    compareReady(await repository.readBlobs(ids, compareReady));
  }
  for (const file of untracked.filter(isArticlePath)) diffs.push(diffArticle(file, undefined, await workingTreeVersion(repository, file)));
  return buildReport(from, to, diffs, articles.length + untracked.length, skipped);
}

function json(report: CorpusReport): string {
  const articles = report.articles.map((article) => ({
    path: article.path, state: article.state, summary: summaryLine(article), notes: article.notes,
    changes: article.changes.map((change) => ({ text: changeLine(change), ...change })),
  }));
  return `${JSON.stringify({ from: report.from, to: report.to, summary: report.summary, articles, skipped: report.skipped }, null, 2)}\n`;
}

export async function runDiff(args: readonly string[], separator: number | undefined, options: DiffOptions, io: CliIo): Promise<ExitCode> {
  if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageOrIoError(`--format must be text, markdown or json, not '${options.format}'`);
  const failOn = parseFailOn(options.failOn);
  const repository = await GitRepository.open(process.cwd());
  const { revisions, paths } = await repository.splitArguments(args, separator);
  const report = await diffCorpus(repository, revisions, paths.length > 0 ? paths : options.defaultPaths, options.staged === true);
  io.out(options.format === 'json' ? json(report) : options.format === 'markdown' ? renderMarkdown(report) : renderText(report));
  const failed = failures(report, failOn);
  for (const failure of failed) io.err(`${failure.path}: ${failure.condition}\n`);
  if (failed.length > 0) io.err(`--fail-on: ${failed.length} finding(s) in ${new Set(failed.map((failure) => failure.path)).size} article(s)\n`);
  return failed.length > 0 ? ExitCode.problemsFound : ExitCode.ok;
}
