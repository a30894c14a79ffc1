import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readArticleFrontMatter } from '../../core/frontmatter/articleFrontMatter';
import { entityDecisionsFileBeside } from '../../core/knowledge/entityDecisionsLoad';
import { LearnClient, type LearnReply } from '../../core/learning/learnClient';
import { adoptWorkspaceModel, forgetWorkspaceModel, workspaceModelFileBeside } from '../../core/tagging/model/workspaceModel';
import { readDecisions } from '../../core/decisions/read';
import { gazetteerFileStamp as fileStamp } from '../../core/tagging/gazetteer/gazetteerFile';
import { KeyedDebounce } from '../common/keyedDebounce';
import type { CorpusLocator } from './corpusLocator';
import { workspaceGazetteerFile } from './workspaceTagger';

/** A document's decisions are compared once the curator pauses this long. */
const READ_DECISIONS_MS = 300;
/** A batch of decisions: the model is rebuilt once no decision came for this long. */
const BATCH_MS = 1500;

/** What of an article's front matter teaches the model: its decisions and whether it is reviewed. */
function decisionsSignature(text: string): string {
  const value = readArticleFrontMatter(text).parsed?.value;
  // Every decision, on an entity or on one mention, as recorded (where it sits in the list aside).
  const decisions = readDecisions(value).all.filter((decision) => decision.verb !== 'suggest').map((decision) => ({ ...decision, path: [] }));
  return JSON.stringify([decisions, value?.status === 'reviewed']);
}

/**
 * The workspace model in the editor: read at start, rebuilt on a worker thread after a batch of
 * decisions (with a progress notification), then used by the tagger; `onModelChanged` re-tags
 * the open articles and the corpus index. The extension host's thread only compares decisions.
 * The learning feature (features/learning) gives it its command and its part of the API.
 */
export class WorkspaceLearning implements vscode.Disposable {
  private client: LearnClient | undefined;
  private readonly signatures = new Map<string, string>();
  private readonly reads = new KeyedDebounce(READ_DECISIONS_MS);
  private batchTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly subscriptions: { dispose(): unknown }[] = [];
  private readonly learnt = new vscode.EventEmitter<void>();
  /** Fires after each rebuild or load of a workspace model (tests wait on it). */
  readonly onDidLearn = this.learnt.event;
  generation = 0;
  /** The version of each model file that is in use (taken from a worker's reply). */
  private readonly taken = new Map<string, string>();
  private readonly diskChanges = new KeyedDebounce(READ_DECISIONS_MS);

  constructor(private readonly extensionPath: string, private readonly locator: CorpusLocator, private readonly output: vscode.OutputChannel, private readonly onModelChanged: () => void) {
    for (const document of vscode.workspace.textDocuments) this.remember(document);
    this.subscriptions.push(
      this.learnt,
      vscode.workspace.onDidOpenTextDocument((document) => { this.remember(document); }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const { document } = event;
        if (!this.locator.rootOfArticle(document.uri)) return;
        this.reads.schedule(document.uri.toString(), () => { this.compare(document); });
      }),
    );
    // Learning and reading models from disk wait for this first read.
    this.running = this.loadExisting().catch((error: unknown) => { this.output.appendLine(String(error)); });
  }

  private worker(): LearnClient {
    this.client ??= new LearnClient(path.join(this.extensionPath, 'dist', 'learnWorker.js'));
    return this.client;
  }

  private folders(): { folder: vscode.WorkspaceFolder; modelFile: string; gazetteerFile: string }[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const gazetteerFile = workspaceGazetteerFile(folder.uri);
      return gazetteerFile === undefined ? [] : [{ folder, gazetteerFile, modelFile: workspaceModelFileBeside(gazetteerFile) }];
    });
  }

  private remember(document: vscode.TextDocument): void {
    if (this.locator.rootOfArticle(document.uri)) this.signatures.set(document.uri.toString(), decisionsSignature(document.getText()));
  }

  private compare(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const key = document.uri.toString();
    const signature = decisionsSignature(document.getText());
    const before = this.signatures.get(key);
    this.signatures.set(key, signature);
    if (before !== undefined && before !== signature) this.scheduleBatch();
  }

  /**
   * Resolves once nothing is left to do: no decisions waiting to be compared, no batch waiting for
   * the curator's pause, no model file change waiting to be read, and no rebuild or read running.
   * Decisions that come more than a batch's pause apart are learnt in more than one rebuild: a
   * generation seen to rise may be an earlier one.
   */
  async settled(): Promise<void> {
    for (;;) {
      const running = this.running;
      await running;
      if (this.reads.pending || this.diskChanges.pending || this.batchTimer !== undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      else if (running === this.running) return;
    }
  }

  private scheduleBatch(): void {
    if (!vscode.workspace.getConfiguration('corpusCurator').get<boolean>('learning.automatic', true)) return;
    clearTimeout(this.batchTimer);
    this.batchTimer = setTimeout(() => {
      this.batchTimer = undefined;
      void this.learnNow();
    }, BATCH_MS);
  }

  /** A model file from an earlier session is read on the worker and used at once. */
  private async loadExisting(): Promise<void> {
    for (const { modelFile } of this.folders()) {
      if (!existsSync(modelFile)) continue;
      const reply = await this.worker().load(modelFile);
      this.take(modelFile, reply);
    }
  }

  /**
   * A file under a folder's .corpus/model/ changed on disk. A model written by the CLI's learn (or
   * removed) is read and used; the model this editor just wrote is already in use and is not read
   * again. Waits for a rebuild in progress, whose own writes cause such events.
   */
  modelFileChanged(): void {
    this.diskChanges.schedule('model', () => {
      this.running = this.running.then(async () => {
        for (const { modelFile } of this.folders()) {
          const stamp = fileStamp(modelFile);
          if (stamp === (this.taken.get(modelFile) ?? 'none')) continue;
          this.take(modelFile, stamp === 'none' ? { id: -1, status: 'no-decisions', examples: 0, problems: [] } : await this.worker().load(modelFile));
        }
      }).catch((error: unknown) => { this.output.appendLine(String(error)); });
    });
  }

  private take(modelFile: string, reply: LearnReply): void {
    this.taken.set(modelFile, fileStamp(modelFile));
    if (reply.status === 'learnt') adoptWorkspaceModel(modelFile, reply.weights, reply.manifest);
    else forgetWorkspaceModel(modelFile);
    if (reply.status === 'failed') {
      const message = vscode.l10n.t('The workspace entity model {0} could not be used ({1}); the shipped model tags instead. Run "Learn from Decisions" to rebuild it.', modelFile, reply.error);
      this.output.appendLine(message);
      void vscode.window.showWarningMessage(message);
    }
    for (const problem of reply.status === 'failed' ? [] : reply.problems) this.output.appendLine(`${problem.file}: ${problem.message}`);
    this.generation++;
    this.onModelChanged();
    this.learnt.fire();
  }

  /** Rebuilds each workspace folder's model from the decisions (saved and unsaved), one rebuild at a time; `announce` says when nothing could be learnt. */
  learnNow(options: { announce?: boolean } = {}): Promise<void> {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    this.running = this.running.then(() => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Learning from your decisions…') },
      async () => {
        const unsaved = Object.fromEntries(vscode.workspace.textDocuments
          .filter((document) => document.isDirty && this.locator.rootOfArticle(document.uri))
          .map((document) => [document.uri.fsPath, document.getText()]));
        for (const { folder, modelFile, gazetteerFile } of this.folders()) {
          const roots = this.locator.corpusRoots.filter((root) => vscode.workspace.getWorkspaceFolder(root)?.uri.toString() === folder.uri.toString()).map((root) => root.fsPath);
          if (roots.length === 0) continue;
          const entitiesFile = entityDecisionsFileBeside(gazetteerFile);
          const reply = await this.worker().learn({ roots, modelFile, unsaved, gazetteerFile, entitiesFile });
          if (reply.status === 'no-decisions' || reply.status === 'only-rejections') {
            const message = vscode.l10n.t(reply.status === 'no-decisions' ? 'No decisions to learn from in {0}: the shipped model tags.' : 'Only rejections in {0}: a model cannot learn names from them alone; the shipped model tags.', folder.name);
            this.output.appendLine(message);
            // Asked for, the answer shows; after a batch of edits the output channel is enough.
            if (options.announce === true) void vscode.window.showInformationMessage(message);
          }
          this.take(modelFile, reply);
        }
      },
    )).catch((error: unknown) => { this.output.appendLine(String(error)); });
    return this.running;
  }

  dispose(): void {
    clearTimeout(this.batchTimer);
    this.reads.dispose();
    this.diskChanges.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    void this.client?.dispose();
  }
}
