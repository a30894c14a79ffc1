import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { parseEntityDecisions } from '../../../core/knowledge/entityDecisions';
import { diagnosticsOf } from '../../common/convert';
import type { CorpusWatcher } from '../../services/corpusWatcher';
import { KeyedDebounce } from '../../common/keyedDebounce';
import { workspaceEntityDecisionsFile } from '../../services/workspaceTagger';

const DEBOUNCE_MS = 200;

/**
 * Problems of each workspace's .corpus/entities.yaml in the Problems panel, open or not: YAML
 * errors (then no decision applies) and decisions that cannot be used, at their line.
 */
export class EntityDecisionsDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator-entities');
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);
  private readonly subscriptions: vscode.Disposable[];

  constructor(watcher: CorpusWatcher) {
    this.subscriptions = [
      watcher.onDidChangeGazetteer(() => { void this.checkFiles(); }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const { document } = event;
        if (isDecisionsFile(document.uri)) this.pending.schedule(document.uri.toString(), () => { this.show(document.uri, document.getText()); });
      }),
    ];
    void this.checkFiles();
  }

  private show(uri: vscode.Uri, text: string): void {
    this.collection.set(uri, diagnosticsOf(text, parseEntityDecisions(text).problems));
  }

  /** Reads each workspace's file as saved (an open, unsaved one as it is in the editor). */
  private async checkFiles(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = workspaceEntityDecisionsFile(folder.uri);
      if (file === undefined) continue;
      const uri = vscode.Uri.file(file);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === file);
      const text = open ? open.getText() : await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) this.collection.delete(uri);
      else this.show(uri, text);
    }
  }

  dispose(): void {
    this.pending.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

function isDecisionsFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && workspaceEntityDecisionsFile(uri) === uri.fsPath;
}
