import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { checkArticle } from '../../../core/metadata/checkArticle';
import { diagnosticsOf } from '../../common/convert';
import { KeyedDebounce } from '../../common/keyedDebounce';
import type { CorpusLocator } from '../../services/corpusLocator';
import type { CorpusWatcher } from '../../services/corpusWatcher';
import type { FrontMatterReadings } from '../../services/frontMatterReadings';

const DEBOUNCE_MS = 200;

/** Schema problems of every open article in the Problems panel, kept current as the curator types. */
export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator');
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);
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
    this.pending.schedule(document.uri.toString(), () => { this.update(document); });
  }

  private sweep(): void {
    this.collection.forEach((uri) => {
      if (uri.scheme === 'file' && !existsSync(uri.fsPath)) this.forget(uri);
    });
  }

  private forget(uri: vscode.Uri): void {
    this.pending.cancel(uri.toString());
    this.collection.delete(uri);
  }

  update(document: vscode.TextDocument): void {
    if (document.isClosed || !this.locator.rootOfArticle(document.uri)) return;
    if (!existsSync(document.uri.fsPath)) {
      this.collection.delete(document.uri);
      return;
    }
    const text = document.getText();
    this.collection.set(document.uri, diagnosticsOf(text, checkArticle(text, document.uri.fsPath, this.readings.of(document))));
  }

  dispose(): void {
    this.pending.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}
