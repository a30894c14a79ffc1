import type { EntityKind as TableEntityKind } from '../kinds';

export type EntityKind = TableEntityKind;
export type DecisionList = 'accepted' | 'rejected' | 'corrected' | 'added';

/**
 * Where a change sits in the front matter, so it can be located and undone on its own:
 * a top-level key (`path: ['status']`), a nested key (`['curation', 'accepted']`), and for list
 * items the identity of the item in that list.
 */
export interface ChangeTarget {
  path: string[];
  /** The list item's identity (see itemIdentity); absent for a key's whole value. */
  item?: string;
  /** The value before and after (undefined: absent on that side). */
  before?: unknown;
  after?: unknown;
}

interface EntityRef { kind: EntityKind; name: string; id?: string }

/** One semantic change of an article between two versions. */
export type Change =
  | ({ type: 'entity-added' } & EntityRef & ChangeTarget)
  | ({ type: 'entity-removed'; wasAccepted: boolean } & EntityRef & ChangeTarget)
  | { type: 'entity-renamed'; kind: EntityKind; from: string; to: string; id?: string; merged: boolean; changes: Change[] }
  | ({ type: 'entity-relinked'; kind: EntityKind; name: string; fromId?: string; toId?: string } & ChangeTarget)
  | ({ type: 'entity-updated'; kind: EntityKind; name: string; fromMentions?: number; toMentions?: number } & ChangeTarget)
  | ({ type: 'decision-made'; list: DecisionList; label: string } & ChangeTarget)
  | ({ type: 'decision-reversed'; list: DecisionList; label: string; now?: DecisionList } & ChangeTarget)
  | ({ type: 'status-changed'; from?: string; to?: string } & ChangeTarget)
  | ({ type: 'published-changed'; from?: string; to?: string } & ChangeTarget)
  | ({ type: 'date-added' | 'date-removed'; label: string } & ChangeTarget)
  | ({ type: 'boilerplate-added' | 'boilerplate-removed'; label: string } & ChangeTarget)
  | ({ type: 'item-added' | 'item-removed'; key: string; label: string } & ChangeTarget)
  | ({ type: 'field-changed'; key: string; from?: string; to?: string } & ChangeTarget)
  | { type: 'body-changed'; firstLine: number; linesAdded: number; linesRemoved: number };

export type ChangeType = Change['type'];

/** What happened to an article file as a whole. */
export type ArticleState =
  | 'modified'
  | 'added'
  | 'deleted'
  /** Merge-conflict markers in the text: not compared. */
  | 'conflict'
  /** A side could not be read (binary, not UTF-8, too large, YAML error): not compared. */
  | 'unreadable';

export interface ArticleDiff {
  /** The path as given (repository-relative with '/' in the CLI). */
  path: string;
  state: ArticleState;
  changes: Change[];
  /** For conflict and unreadable states, and for notes such as "no front matter before". */
  notes: string[];
}
