import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseWorkspaceGazetteer, WORKSPACE_GAZETTEER_PATH } from '../../../core/tagging/gazetteer/workspaceGazetteer';
import { diagnosticsOf } from '../../common/convert';
import { KeyedDebounce } from '../../common/keyedDebounce';

const DEBOUNCE_MS = 200;
const GAZETTEER_SUFFIX = path.sep + path.normalize(WORKSPACE_GAZETTEER_PATH);

/**
 * Problems of an open workspace gazetteer (.corpus/gazetteer.yaml) in the Problems panel: YAML
 * errors, and entries the tagger skips (no kind, no name), at the entry.
 */
export class GazetteerDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator-gazetteer');
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);
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
    if (isGazetteer(document)) this.pending.schedule(document.uri.toString(), () => { this.update(document); });
  }

  private update(document: vscode.TextDocument): void {
    if (document.isClosed || !isGazetteer(document)) return;
    const text = document.getText();
    this.collection.set(document.uri, diagnosticsOf(text, parseWorkspaceGazetteer(text).problems));
  }

  dispose(): void {
    this.pending.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

function isGazetteer(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && document.uri.fsPath.endsWith(GAZETTEER_SUFFIX);
}
