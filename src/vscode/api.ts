import type * as vscode from 'vscode';

/** What `activate` returns: read-only views on the extension's state, for tests and other extensions. */
/** A tree as its rows read: label, description, and the rows below (expanded to a given depth). */
export interface TreeSnapshot { label: string; description: string; tooltip?: string; children: TreeSnapshot[] }

export interface CorpusCuratorApi {
  readonly corpusRoots: () => readonly vscode.Uri[];
  readonly listArticles: () => Promise<vscode.Uri[]>;
  readonly whenIndexed: () => Promise<void>;
  /** The Articles view's header text after its name: how it is grouped and filtered. */
  readonly articlesViewDescription: () => string;
  /** The files of the articles selected in the Articles view. */
  readonly selectedArticles: () => vscode.Uri[];
  readonly articlesTree: (depth?: number) => Promise<TreeSnapshot[]>;
  readonly entitiesTree: (depth?: number) => Promise<TreeSnapshot[]>;
  /** The rows selected in the Entities view, by label, and whether the view is visible. */
  readonly entitiesSelection: () => { labels: string[]; visible: boolean };
  /** The Metadata Changes view, computed afresh. */
  readonly metadataChangesTree: (depth?: number) => Promise<TreeSnapshot[]>;
  /** The workspace model: how many times it was rebuilt or loaded, an event after each time, and a promise that resolves once no decision or model file change is left to learn or read. */
  readonly learning: { generation: () => number; onDidLearn: vscode.Event<void>; settled: () => Promise<void> };
  /** The unreviewed articles as Review Next Article weighs them, least sure first (`certainty.lowest`, `.mean` from 0 to 1). */
  readonly reviewQueue: () => Promise<{ path: string; pending: number; certainty: { lowest: number; mean: number } }[]>;
  /** How many taggers the workspace folders have had built so far: one each, then one per change of their gazetteer, entity decisions or model. */
  readonly taggerBuilds: () => number;
  /** Resolves once the names proposed across the corpus so far are in the workspace gazetteer. */
  readonly proposalsSettled: () => Promise<void>;
}
