import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { checkArticle } from '../core/metadata/checkArticle';
import { LineIndex } from '../core/text/lineIndex';
import { rangeOf, severityOf } from './convert';
import type { CorpusLocator } from './corpusLocator';
import type { CorpusWatcher } from './corpusWatcher';
import type { FrontMatterReadings } from './frontMatterReadings';

const DEBOUNCE_MS = 200;

/** Schema problems of every open article in the Problems panel, kept current as the curator types. */
export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator');
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly locator: CorpusLocator, watcher: CorpusWatcher, private readonly readings: FrontMatterReadings) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => { this.update(document); }),
      vscode.workspace.onDidChangeTextDocument((event) => { this.schedule(event.document); }),
      vscode.workspace.onDidCloseTextDocument((document) => { this.forget(document.uri); }),
      locator.onDidChangeRoots(() => { this.refreshAll(); }),
      // A deleted article can stay open as a document for a while; its problems go with the file.
      // VS Code drops a create and delete that come close together, so every file event also
      // sweeps out problems of files that are gone.
      watcher.onDidChangeArticleFile((event) => {
        if (event.kind === 'delete') this.forget(event.uri);
        this.sweep();
      }),
    ];
    this.refreshAll();
  }

  private refreshAll(): void {
    this.collection.clear();
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => { this.pending.delete(key); this.update(document); }, DEBOUNCE_MS));
  }

  private sweep(): void {
    this.collection.forEach((uri) => {
      if (uri.scheme === 'file' && !existsSync(uri.fsPath)) this.forget(uri);
    });
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.pending.get(uri.toString()));
    this.pending.delete(uri.toString());
    this.collection.delete(uri);
  }

  update(document: vscode.TextDocument): void {
    if (document.isClosed || !this.locator.rootOfArticle(document.uri)) return;
    if (!existsSync(document.uri.fsPath)) {
      this.collection.delete(document.uri);
      return;
    }
    const text = document.getText();
    const index = new LineIndex(text);
    this.collection.set(document.uri, checkArticle(text, document.uri.fsPath, this.readings.of(document)).map((problem) => {
      const diagnostic = new vscode.Diagnostic(rangeOf(index, problem.start, problem.end), problem.message, severityOf(problem));
      diagnostic.source = 'Corpus Curator';
      diagnostic.code = problem.code;
      return diagnostic;
    }));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}
