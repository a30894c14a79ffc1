import * as vscode from 'vscode';
import type { CorpusTagger } from '../../core/tagging/createTagger';

/** The key of a document's workspace folder ('' for a document outside every folder). */
function folderKey(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
}

/**
 * One tagger per workspace folder: built when first asked for, and again only after it is told
 * that the folder's tagger files changed (the watcher saw .corpus/gazetteer.yaml,
 * .corpus/entities.yaml or .corpus/model/ change, or learning installed a new model). Asking
 * never looks at the disk. Each folder has a generation, raised by every change: a tagger is kept
 * only for the generation it was built for, so a change that comes while a tagger is being built
 * makes the next ask build again instead of keeping the older one.
 */
export class WorkspaceTaggers implements vscode.Disposable {
  private readonly generations = new Map<string, number>();
  private readonly taggers = new Map<string, { generation: number; tagger: CorpusTagger }>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a folder's tagger was dropped: tags computed with it are stale. */
  readonly onDidChange = this.changed.event;
  /** How many taggers were built (tests check that editing an article builds none). */
  builds = 0;

  constructor(private readonly build: (uri: vscode.Uri) => CorpusTagger) {}

  /** The tagger of `uri`'s workspace folder. */
  get(uri: vscode.Uri): CorpusTagger {
    const key = folderKey(uri);
    const generation = this.generations.get(key) ?? 0;
    const known = this.taggers.get(key);
    if (known?.generation === generation) return known.tagger;
    const tagger = this.build(uri);
    this.builds++;
    // Kept only if no change came while it was built.
    if ((this.generations.get(key) ?? 0) === generation) this.taggers.set(key, { generation, tagger });
    return tagger;
  }

  /** The tagger files of `uri`'s folder changed (all folders' when `uri` is not given). */
  invalidate(uri?: vscode.Uri): void {
    const keys = uri === undefined ? [...new Set([...this.generations.keys(), ...this.taggers.keys()])] : [folderKey(uri)];
    for (const key of keys) {
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      this.taggers.delete(key);
    }
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.taggers.clear();
  }
}
