import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { WorkspaceTaggerCache } from '../../../core/corpus/workspaceTagger';
import { tagArticleText } from '../../../core/decisions/articleTags';
import { parseEntityDecisions } from '../../../core/knowledge/entityDecisions';
import { type IndexedEntityIds, staleDecisionProblems } from '../../../core/knowledge/entityDecisionsStale';
import type { Problem } from '../../../core/problems';
import type { CorpusTagger } from '../../../core/tagging/createTagger';
import { TimeSlices } from '../../../core/timeSlices';
import { diagnosticsOf } from '../../common/convert';
import type { CorpusWatcher } from '../../services/corpusWatcher';
import type { CorpusIndexService } from '../../services/indexService';
import { KeyedDebounce } from '../../common/keyedDebounce';
import { currentText } from '../../edits/planEdit';
import { workspaceEntityDecisionsFile, workspaceGazetteerFile, workspaceModelFor } from '../../services/workspaceTagger';

const DEBOUNCE_MS = 200;
const SLICE_MS = 15;

/**
 * Problems of each workspace's .corpus/entities.yaml in the Problems panel, open or not: YAML
 * errors (then no decision applies) and decisions that cannot be used, at their line; once the
 * corpus index is built, the ids that no mention of the workspace's corpus has now (warnings),
 * and place ids of an older form read as today's (information). The file is never written.
 */
export class EntityDecisionsDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator-entities');
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);
  private readonly subscriptions: vscode.Disposable[];
  /** Each file's latest check: a slower check of an older text never replaces a newer one's problems. */
  private readonly checks = new Map<string, number>();
  /** The text each file's problems were last shown for: a check of the same text keeps them until it ends, so they do not flicker. */
  private readonly shown = new Map<string, string>();
  /** Taggers without the decisions, one per version of a folder's gazetteer and model. */
  private readonly undecided = new WorkspaceTaggerCache();
  /** The ids each article's mentions had before the decisions, by its text and the tagger: an unchanged article is not tagged again. */
  private readonly idsBefore = new Map<string, { digest: string; tagger: CorpusTagger; ids: ReadonlySet<string> }>();

  constructor(watcher: CorpusWatcher, private readonly index: CorpusIndexService) {
    this.subscriptions = [
      watcher.onDidChangeGazetteer(() => { void this.checkFiles(); }),
      index.onDidChange(() => { this.pending.schedule('index', () => { void this.checkFiles(); }); }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const { document } = event;
        if (isDecisionsFile(document.uri)) this.pending.schedule(document.uri.toString(), () => { void this.show(document.uri, document.getText()); });
      }),
    ];
    void this.checkFiles();
  }

  private async show(uri: vscode.Uri, text: string): Promise<void> {
    const key = uri.toString();
    const check = (this.checks.get(key) ?? 0) + 1;
    this.checks.set(key, check);
    const { decisions, problems } = parseEntityDecisions(text);
    if (this.shown.get(key) !== text) {
      this.shown.set(key, text);
      this.collection.set(uri, diagnosticsOf(text, problems));
    }
    if (problems.some((problem) => problem.severity === 'error') || decisions.merges.length + decisions.splits.length === 0) return;
    const stale = await this.staleIds(uri, text).catch((): Problem[] => []);
    if (this.checks.get(key) !== check) return;
    this.collection.set(uri, diagnosticsOf(text, [...problems, ...stale].sort((a, b) => a.start - b.start)));
  }

  /** The ids of the decisions no mention of the folder's corpus has, once the index is built. */
  private async staleIds(uri: vscode.Uri, text: string): Promise<Problem[]> {
    await this.index.whenIndexed();
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const articles: IndexedEntityIds[] = this.index.articles()
      .filter((article) => vscode.workspace.getWorkspaceFolder(vscode.Uri.file(article.path)) === folder)
      .map((article) => ({ path: article.path, ids: article.summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])) }));
    const slices = new TimeSlices(SLICE_MS);
    return staleDecisionProblems(text, articles, async (file) => {
      await slices.pauseIfDue();
      return this.idsBeforeDecisions(vscode.Uri.file(file));
    });
  }

  private async idsBeforeDecisions(article: vscode.Uri): Promise<ReadonlySet<string> | undefined> {
    const current = await currentText(article);
    if (!('text' in current)) return undefined;
    const model = workspaceModelFor(article);
    const tagger = this.undecided.get({ gazetteer: workspaceGazetteerFile(article), model, modelFile: model ? 'workspace' : undefined });
    const digest = createHash('sha256').update(current.text).digest('hex');
    const known = this.idsBefore.get(article.fsPath);
    if (known?.digest === digest && known.tagger === tagger) return known.ids;
    const ids = new Set(tagArticleText(current.text, article.fsPath, tagger).tags.flatMap((tag) => (tag.entityId === undefined ? [] : [tag.entityId])));
    this.idsBefore.set(article.fsPath, { digest, tagger, ids });
    return ids;
  }

  /** Reads each workspace's file as saved (an open, unsaved one as it is in the editor). */
  private async checkFiles(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = workspaceEntityDecisionsFile(folder.uri);
      if (file === undefined) continue;
      const uri = vscode.Uri.file(file);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === file);
      const text = open ? open.getText() : await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) {
        this.checks.set(uri.toString(), (this.checks.get(uri.toString()) ?? 0) + 1);
        this.shown.delete(uri.toString());
        this.collection.delete(uri);
      } else void this.show(uri, text);
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
