import type { SpanKind } from '../tagging/types';

/** What a decision does: accept or reject a tag, correct its name or kind, add a tag, or suggest one (pending). */
export type DecisionVerb = 'accept' | 'reject' | 'correct' | 'add' | 'suggest';
export const DECISION_VERBS: readonly DecisionVerb[] = ['accept', 'reject', 'correct', 'add', 'suggest'];

/**
 * One mention of an article's body: its words, which occurrence of them it is (1-based, counted
 * from the start of the body), and a few words on either side. Kept as offsets would not be:
 * an edit elsewhere in the body does not move it, and an edit nearby is noticed.
 */
export interface MentionAnchor { text: string; at: number; before: string; after: string }

/**
 * A decision as recorded in the front matter. Without `mention` it holds for every mention of the
 * entity (kind and name) in the article; with one, for that mention alone.
 */
export interface RecordedDecision {
  verb: DecisionVerb;
  kind: SpanKind;
  /** The entity's canonical name (a date's value); for `correct`, the name corrected. */
  name: string;
  /** `correct`: the new canonical name. */
  to?: string;
  /** `correct`: the new kind. */
  toKind?: SpanKind;
  /** `add` and `suggest` without a mention: the words tagged wherever they occur. */
  text?: string;
  wikidata?: string;
  mention?: MentionAnchor;
}

/** A recorded decision with where it was read: `curation.decisions[i]`, or a list of the older format. */
export interface PlacedDecision extends RecordedDecision { path: (string | number)[] }

/**
 * A decision as a command makes it. `mention` (offsets in UTF-16 code units into the file text)
 * narrows it to one mention; the recorder anchors it by its words and their context.
 */
export type Decision =
  | { type: 'accept' | 'reject'; kind: SpanKind; name: string; mention?: TextRange }
  | { type: 'correct'; kind: SpanKind; from: string; to: string; toKind?: SpanKind; mention?: TextRange }
  /** A tag on these words: every occurrence of `text`, or the one `mention` (a span widened or narrowed). */
  | { type: 'add'; kind: SpanKind; name: string; text: string; wikidata?: string; mention?: TextRange }
  /** An imported suggestion: a pending tag on these words, reviewed like the engine's. */
  | { type: 'suggest'; kind: SpanKind; name: string; text: string; wikidata?: string };

export interface TextRange { start: number; end: number }
