import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { WorkspaceTaggerCache } from '../../../core/corpus/workspaceTagger';
import { tagArticleText } from '../../../core/decisions/articleTags';
import { type ParsedEntityDecisions, parseEntityDecisions } from '../../../core/knowledge/entityDecisions';
import { type DecisionIdRef, type IndexedEntityIds, linkedIds, staleDecisionProblems } from '../../../core/knowledge/entityDecisionsStale';
import { summaryIdsBeforeDecisions } from '../../../core/corpus/summary';
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
 * With no view or command building the corpus index, the check starts it itself this long after
 * it first waits for it: never at activation, and on the worker threads, in the background.
 */
const BACKGROUND_INDEX_MS = 5000;

/** A stale-id warning shown, with the id it is at: an edit keeps it until the next check ends, if the id is still there. */
interface ShownStale { ref: Pick<DecisionIdRef, 'id' | 'role' | 'index'>; problem: Problem }

/**
 * Problems of each workspace's .corpus/entities.yaml in the Problems panel, open or not: YAML
 * errors (then no decision applies) and decisions that cannot be used, at their line; once the
 * corpus index is built (by a view, or a few seconds later in the background), the ids that no
 * mention of the workspace's corpus has now (warnings), and place ids of an older form read as
 * today's (information). The file is never written.
 * Only the latest check of a file works: an older one stops at its next slice.
 */
export class EntityDecisionsDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('corpus-curator-entities');
  private readonly pending = new KeyedDebounce(DEBOUNCE_MS);
  private readonly subscriptions: vscode.Disposable[];
  /** Each file's latest check: a slower check of an older text never replaces a newer one's problems. */
  private readonly checks = new Map<string, number>();
  /** The text each file's problems were last shown for: a check of the same text keeps them until it ends, so they do not flicker. */
  private readonly shown = new Map<string, string>();
  /** The stale-id warnings each file shows now. */
  private readonly shownStale = new Map<string, ShownStale[]>();
  /** Taggers without the decisions, one per version of a folder's gazetteer and model. */
  private readonly undecided = new WorkspaceTaggerCache();
  /** The ids each article's mentions had before the decisions, by tagger and by its text: an unchanged article is not tagged again; a replaced tagger's entries go with it. */
  private idsBefore = new WeakMap<CorpusTagger, Map<string, { digest: string; ids: ReadonlySet<string> }>>();
  /** The taggers `idsBefore` holds entries of now, so that entries of articles gone from the index can be dropped. */
  private readonly taggersWithEntries = new Set<WeakRef<CorpusTagger>>();
  private disposed = false;

  constructor(watcher: CorpusWatcher, private readonly index: CorpusIndexService, private readonly log: (message: string) => void = (message) => { console.error(message); }) {
    this.subscriptions = [
      watcher.onDidChangeGazetteer(() => { void this.checkFiles(); }),
      index.onDidChange(() => {
        // While a build runs the index changes every few hundred milliseconds; its end notifies once more.
        this.pending.schedule('index', () => { if (!this.isBuilding()) void this.checkFiles(); });
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        const { document } = event;
        if (isDecisionsFile(document.uri)) this.pending.schedule(document.uri.toString(), () => { void this.checkFile(document.uri.fsPath); });
      }),
    ];
    void this.checkFiles();
  }

  private isBuilding(): boolean {
    return this.index.indexed < this.index.total;
  }

  private async show(uri: vscode.Uri, text: string): Promise<void> {
    if (this.disposed) return;
    const key = uri.toString();
    const check = (this.checks.get(key) ?? 0) + 1;
    this.checks.set(key, check);
    const superseded = (): boolean => this.disposed || this.checks.get(key) !== check;
    const parsed = parseEntityDecisions(text);
    const { decisions, problems } = parsed;
    const checked = problems.some((problem) => problem.severity === 'error') || decisions.merges.length + decisions.splits.length === 0;
    if (this.shown.get(key) !== text) {
      this.shown.set(key, text);
      const previous = this.shownStale.get(key) ?? [];
      const kept = checked || previous.length === 0 ? [] : keptStale(previous, parsed.refs);
      this.shownStale.set(key, kept);
      this.collection.set(uri, diagnosticsOf(text, [...problems, ...kept.map((stale) => stale.problem)].sort((a, b) => a.start - b.start)));
    }
    if (checked) return;
    const stale = await this.staleIds(uri, text, parsed, superseded).catch((error: unknown): Problem[] => {
      if (!superseded()) this.log(`The entity decisions ${uri.fsPath} could not be checked against the corpus: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    if (superseded()) return;
    const warnings = stale.filter((problem) => problem.code === 'entities-stale-id');
    this.shownStale.set(key, warnings.length === 0 ? [] : warnings.flatMap((problem) => {
      const ref = parsed.refs.find((candidate) => candidate.start === problem.start);
      return ref ? [{ ref: { id: ref.id, role: ref.role, index: ref.index }, problem }] : [];
    }));
    this.collection.set(uri, diagnosticsOf(text, [...problems, ...stale].sort((a, b) => a.start - b.start)));
  }

  /** The ids of the decisions no mention of the folder's corpus has, once the index is built (none when superseded). */
  private async staleIds(uri: vscode.Uri, text: string, parsed: ParsedEntityDecisions, superseded: () => boolean): Promise<Problem[]> {
    await this.indexStarted();
    if (superseded()) return [];
    await this.index.whenIndexed();
    if (superseded()) return [];
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const slices = new TimeSlices(SLICE_MS);
    const indexed = this.index.articles();
    this.forgetArticlesNotIn(indexed);
    const articles: IndexedEntityIds[] = [];
    for (const article of indexed) {
      if (slices.due()) {
        await slices.pause();
        if (superseded()) return [];
      }
      if (vscode.workspace.getWorkspaceFolder(vscode.Uri.file(article.path)) !== folder) continue;
      const before = summaryIdsBeforeDecisions(article.summary);
      articles.push({ path: article.path, ids: article.summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])), ...(before ? { idsBeforeDecisions: before } : {}) });
    }
    return staleDecisionProblems(text, articles, (file) => this.idsBeforeDecisions(vscode.Uri.file(file)), { slices, superseded, parsed });
  }

  private backgroundStart: Promise<void> | undefined;

  /** Resolves once the corpus index has been started: by a view or a command, or by this check in the background. */
  private indexStarted(): Promise<void> {
    this.backgroundStart ??= Promise.race([
      this.index.whenStarted(),
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, BACKGROUND_INDEX_MS);
        this.subscriptions.push(new vscode.Disposable(() => { clearTimeout(timer); resolve(); }));
      }),
    ]);
    return this.backgroundStart;
  }

  /** The ids an article of the index had before the decisions, when its summary does not record them: it is tagged again, without them. */
  private async idsBeforeDecisions(article: vscode.Uri): Promise<ReadonlySet<string> | undefined> {
    const current = await currentText(article);
    if (!('text' in current)) return undefined;
    const model = workspaceModelFor(article);
    const tagger = this.undecided.get({ gazetteer: workspaceGazetteerFile(article), model, modelFile: model ? 'workspace' : undefined });
    const digest = createHash('sha256').update(current.text).digest('hex');
    let entries = this.idsBefore.get(tagger);
    if (entries === undefined) {
      entries = new Map();
      this.idsBefore.set(tagger, entries);
      this.taggersWithEntries.add(new WeakRef(tagger));
    }
    const known = entries.get(article.fsPath);
    if (known?.digest === digest) return known.ids;
    const ids = new Set(linkedIds(tagArticleText(current.text, article.fsPath, tagger).tags));
    entries.set(article.fsPath, { digest, ids });
    return ids;
  }

  /** Drops the remembered ids of articles the index no longer has, and forgets taggers that are gone. */
  private forgetArticlesNotIn(indexed: readonly { path: string }[]): void {
    const present = new Set(indexed.map((article) => article.path));
    for (const reference of this.taggersWithEntries) {
      const tagger = reference.deref();
      const entries = tagger === undefined ? undefined : this.idsBefore.get(tagger);
      if (entries === undefined) {
        this.taggersWithEntries.delete(reference);
        continue;
      }
      for (const file of entries.keys()) if (!present.has(file)) entries.delete(file);
    }
  }

  /** Reads each workspace's file as saved (an open, unsaved one as it is in the editor). */
  private async checkFiles(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = workspaceEntityDecisionsFile(folder.uri);
      if (file !== undefined) await this.checkFile(file);
    }
  }

  private async checkFile(file: string): Promise<void> {
    const uri = vscode.Uri.file(file);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === file);
    // A document closed a moment ago may still be listed, with the text it had: only an unsaved one in an editor tab is read from the editor.
    const text = open?.isDirty === true && isInTab(file) ? open.getText() : await readFile(file, 'utf8').catch(() => undefined);
    if (this.disposed) return;
    if (text === undefined) {
      this.checks.set(uri.toString(), (this.checks.get(uri.toString()) ?? 0) + 1);
      this.shown.delete(uri.toString());
      this.shownStale.delete(uri.toString());
      this.collection.delete(uri);
    } else void this.show(uri, text);
  }

  dispose(): void {
    this.disposed = true;
    this.idsBefore = new WeakMap();
    this.taggersWithEntries.clear();
    this.pending.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

/** The stale-id warnings of the text before an edit whose id the edited text still names at the same decision, at its new place. */
function keptStale(previous: readonly ShownStale[], refs: readonly DecisionIdRef[]): ShownStale[] {
  return previous.flatMap((stale) => {
    const ref = refs.find((candidate) => candidate.id === stale.ref.id && candidate.role === stale.ref.role && candidate.index === stale.ref.index);
    return ref ? [{ ref: stale.ref, problem: { ...stale.problem, start: ref.start, end: ref.end } }] : [];
  });
}

function isInTab(file: string): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.fsPath === file));
}

function isDecisionsFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && workspaceEntityDecisionsFile(uri) === uri.fsPath;
}
