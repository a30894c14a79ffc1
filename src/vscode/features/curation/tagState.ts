import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../../core/article/analyze';
import { type ArticleTags, tagArticleText } from '../../../core/decisions/articleTags';
import type { CorpusLocator } from '../../services/corpusLocator';
import type { FrontMatterReadings } from '../../services/frontMatterReadings';
import { taggerFor } from '../../services/workspaceTagger';
import type { WorkspaceTaggers } from '../../services/workspaceTaggers';
import type { Tagger } from '../../../core/tagging/types';

export interface DocumentTags extends ArticleTags {
  analysis: ArticleAnalysis;
  version: number;
  /** The tagger they came from: tags of an older tagger (its files changed since) are stale. */
  tagger: Tagger;
}

/**
 * The tags of open corpus articles, computed once per document version and tagger (its workspace
 * folder's, built again when its gazetteer, entity decisions or model change); tagging a 10 KB
 * article takes a few milliseconds, so a version is recomputed whole.
 * Documents outside the corpus are never tagged.
 */
export class TagState implements vscode.Disposable {
  private readonly cache = new Map<string, DocumentTags>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: { dispose(): unknown }[] = [this.changed];

  constructor(private readonly locator: CorpusLocator, taggers: WorkspaceTaggers, private readonly readings: FrontMatterReadings) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((document) => { this.cache.delete(document.uri.toString()); }),
      vscode.workspace.onDidChangeTextDocument((event) => { this.changed.fire(event.document.uri); }),
      // Open articles are tagged again with the new tagger the next time they are asked for (the
      // lenses and decorations ask again on the same event); tagsOf checks the tagger as well.
      taggers.onDidChange(() => { this.cache.clear(); }),
    );
  }

  /** Tags everything again when next asked (the entity model has arrived). */
  forgetTags(): void {
    this.cache.clear();
  }

  isArticle(document: vscode.TextDocument): boolean {
    return this.isArticleUri(document.uri);
  }

  isArticleUri(uri: vscode.Uri): boolean {
    return this.locator.rootOfArticle(uri) !== undefined;
  }

  tagsOf(document: vscode.TextDocument): DocumentTags | undefined {
    if (!this.isArticle(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    const tagger = taggerFor(document.uri);
    if (cached?.version === document.version && cached.tagger === tagger) return cached;
    const tags = tagArticleText(document.getText(), document.uri.fsPath, tagger, this.readings.of(document));
    const computed: DocumentTags = { ...tags, version: document.version, tagger };
    this.cache.set(key, computed);
    return computed;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
