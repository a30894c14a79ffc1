import * as path from 'node:path';
import * as vscode from 'vscode';
import { compareCodePoints } from '../../../core/text/compare';
import { diffArticle } from '../../../core/review/diffArticle';
import { withoutFacts } from '../../../core/review/facts';
import type { ArticleDiff } from '../../../core/review/types';
import type { ArticleVersion } from '../../../core/review/version';
import { versionFromBytes } from '../../../core/review/versionBytes';
import type { CorpusLocator } from '../../services/corpusLocator';
import { type GitApi, type GitChange, type GitRepository, GitStatus, gitApi } from './gitApi';

/** What the view compares: the working tree or the index with HEAD, or the working tree with a commit or branch. */
export type Comparison = { kind: 'workingTree' } | { kind: 'staged' } | { kind: 'ref'; ref: string };

export interface ReviewedArticle {
  uri: vscode.Uri;
  repository: GitRepository;
  /** The ref of the older side (HEAD or the chosen one) as the git extension names it. */
  baseRef: string;
  /** The ref of the newer side: undefined for the working tree, '' for the index. */
  headRef: string | undefined;
  diff: ArticleDiff;
}

export type ReviewState = 'loading' | 'no-git' | 'no-repository' | 'ready';

const REFRESH_DELAY_MS = 300;

/** The changed articles of the corpus and their semantic diffs, read through the git extension's API. */
export class MetadataChanges implements vscode.Disposable {
  private api: GitApi | undefined;
  private current: ReviewedArticle[] = [];
  private computing: Promise<void> | undefined;
  private pending = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly watched = new Set<GitRepository>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];
  readonly onDidChange = this.changed.event;
  comparison: Comparison = { kind: 'workingTree' };
  state: ReviewState = 'loading';

  constructor(private readonly locator: CorpusLocator) {
    this.subscriptions.push(locator.onDidChangeRoots(() => { this.schedule(); }));
  }

  get articles(): readonly ReviewedArticle[] {
    return this.current;
  }

  articleFor(uri: vscode.Uri): ReviewedArticle | undefined {
    return this.current.find((article) => article.uri.toString() === uri.toString());
  }

  setComparison(comparison: Comparison): Promise<void> {
    this.comparison = comparison;
    return this.refresh();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.refresh(); }, REFRESH_DELAY_MS);
  }

  /** Recomputes the changes; a refresh asked for while one runs runs once more after it. */
  async refresh(): Promise<void> {
    if (this.computing) {
      this.pending = true;
      return this.computing;
    }
    this.computing = this.compute().finally(() => { this.computing = undefined; });
    await this.computing;
    if (this.pending) {
      this.pending = false;
      await this.refresh();
    }
  }

  private async connect(): Promise<GitApi | undefined> {
    if (this.api) return this.api;
    this.api = await gitApi();
    if (this.api) {
      this.subscriptions.push(this.api.onDidOpenRepository(() => { this.schedule(); }), this.api.onDidCloseRepository(() => { this.schedule(); }));
    }
    return this.api;
  }

  private repositories(api: GitApi): GitRepository[] {
    const found = new Set<GitRepository>();
    for (const root of this.locator.corpusRoots) {
      const repository = api.getRepository(root);
      if (repository) found.add(repository);
    }
    for (const repository of found) {
      if (this.watched.has(repository)) continue;
      this.watched.add(repository);
      this.subscriptions.push(repository.state.onDidChange(() => { this.schedule(); }));
    }
    return [...found];
  }

  private async compute(): Promise<void> {
    const api = await this.connect();
    if (!api) {
      this.publish('no-git', []);
      return;
    }
    const repositories = this.repositories(api);
    if (repositories.length === 0) {
      this.publish('no-repository', []);
      return;
    }
    const articles = (await Promise.all(repositories.map((repository) => this.articlesOf(repository)))).flat();
    this.publish('ready', articles.sort((a, b) => compareCodePoints(a.diff.path, b.diff.path)));
  }

  private publish(state: ReviewState, articles: ReviewedArticle[]): void {
    this.state = state;
    this.current = articles;
    this.changed.fire();
  }

  private async articlesOf(repository: GitRepository): Promise<ReviewedArticle[]> {
    const comparison = this.comparison;
    const baseRef = comparison.kind === 'ref' ? comparison.ref : 'HEAD';
    const headRef = comparison.kind === 'staged' ? '' : undefined;
    let changes: GitChange[];
    try {
      changes = comparison.kind === 'staged' ? await repository.diffIndexWithHEAD()
        : comparison.kind === 'ref' ? await repository.diffWith(comparison.ref) : await repository.diffWithHEAD();
    } catch {
      changes = [];
    }
    if (comparison.kind !== 'staged') {
      const untracked = repository.state.untrackedChanges ?? repository.state.workingTreeChanges.filter((change) => change.status === GitStatus.UNTRACKED);
      changes = [...changes, ...untracked];
    }
    const articles = changes.filter((change) => this.locator.rootOfArticle(change.uri));
    return Promise.all(articles.map(async (change): Promise<ReviewedArticle> => {
      const added = change.status === GitStatus.UNTRACKED || change.status === GitStatus.INDEX_ADDED;
      const before = added ? undefined : await this.read(() => repository.buffer(baseRef, change.originalUri.fsPath));
      const after = headRef === undefined ? await this.readFile(change.uri) : await this.read(() => repository.buffer(headRef, change.uri.fsPath));
      const relative = path.relative(repository.rootUri.fsPath, change.uri.fsPath).split(path.sep).join('/');
      return { uri: change.uri, repository, baseRef, headRef, diff: diffArticle(relative, before, after) };
    }));
  }

  private async read(buffer: () => Promise<Buffer>): Promise<ArticleVersion | undefined> {
    try {
      const bytes = await buffer();
      return versionFromBytes(withoutFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch {
      return undefined;
    }
  }

  private async readFile(uri: vscode.Uri): Promise<ArticleVersion | undefined> {
    try {
      return versionFromBytes(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
