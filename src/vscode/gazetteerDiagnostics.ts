import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseWorkspaceGazetteer, WORKSPACE_GAZETTEER_PATH } from '../core/tagging/gazetteer/workspaceGazetteer';
import { LineIndex } from '../core/text/lineIndex';
import { rangeOf, severityOf } from './convert';

const DEBOUNCE_MS = 200;
const GAZETTEER_SUFFIX = path.sep + path.normalize(WORKSPACE_GAZETTEER_PATH);

/**
 * Problems of an open workspace gazetteer (.corpus/gazetteer.yaml) in the Problems panel: YAML
 * errors, and entries the tagger skips (no kind, no name), at the entry.
 */
export class GazetteerDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator-gazetteer');
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => { this.update(document); }),
      vscode.workspace.onDidChangeTextDocument((event) => { this.schedule(event.document); }),
      vscode.workspace.onDidCloseTextDocument((document) => { this.collection.delete(document.uri); }),
    ];
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isGazetteer(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => { this.pending.delete(key); this.update(document); }, DEBOUNCE_MS));
  }

  private update(document: vscode.TextDocument): void {
    if (document.isClosed || !isGazetteer(document)) return;
    const text = document.getText();
    const index = new LineIndex(text);
    this.collection.set(document.uri, parseWorkspaceGazetteer(text).problems.map((problem) => {
      const diagnostic = new vscode.Diagnostic(rangeOf(index, problem.start, Math.max(problem.end, problem.start + 1)), problem.message, severityOf(problem));
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

function isGazetteer(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && document.uri.fsPath.endsWith(GAZETTEER_SUFFIX);
}
