import type { EntityKind } from '../../kinds';

export type { EntityKind } from '../../kinds';

/**
 * The entity kinds the model labels, in label order: label 0 is O, 1 + 2k is B-kind, 2 + 2k is
 * I-kind. Fixed by the trained weights, so not read from the table of kinds: a kind added to the
 * table is found by rules and gazetteers until a model is trained with it.
 */
export const MODEL_KINDS: readonly EntityKind[] = ['PER', 'ORG', 'LOC', 'EVENT'];
export const LABELS: readonly string[] = ['O', ...MODEL_KINDS.flatMap((kind) => [`B-${kind}`, `I-${kind}`])];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export const beginLabel = (kind: EntityKind): number => 1 + 2 * MODEL_KINDS.indexOf(kind);
export const insideLabel = (kind: EntityKind): number => 2 + 2 * MODEL_KINDS.indexOf(kind);
export const isInside = (label: number): boolean => label !== OUTSIDE && label % 2 === 0;
export const kindOfLabel = (label: number): EntityKind => MODEL_KINDS[(label - 1) >> 1] as EntityKind;

/** I-kind only continues B-kind or I-kind (the BIO constraint the decoder keeps). */
export function allowedAfter(previous: number, label: number): boolean {
  return !isInside(label) || (previous !== OUTSIDE && kindOfLabel(previous) === kindOfLabel(label));
}

/** BIO labels of tokens from spans of tokens: spans given as [first token, last token + 1, kind]. */
export function labelsFromSpans(tokenCount: number, spans: readonly (readonly [number, number, EntityKind])[]): Uint8Array {
  const labels = new Uint8Array(tokenCount);
  for (const [first, end, kind] of spans) {
    labels[first] = beginLabel(kind);
    for (let i = first + 1; i < end; i++) labels[i] = insideLabel(kind);
  }
  return labels;
}

/** Token spans [first, end, kind] of a BIO label sequence. */
export function spansFromLabels(labels: ArrayLike<number>): [number, number, EntityKind][] {
  const spans: [number, number, EntityKind][] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? OUTSIDE;
    if (label === OUTSIDE || isInside(label)) continue;
    let end = i + 1;
    while (end < labels.length && isInside(labels[end] ?? OUTSIDE) && kindOfLabel(labels[end] ?? OUTSIDE) === kindOfLabel(label)) end++;
    spans.push([i, end, kindOfLabel(label)]);
  }
  return spans;
}

/**
 * The labels of the same names read in the other direction: the array reversed, each name's
 * B on its other end. Labels that are no part of a name (O, a word without a decision) keep theirs.
 */
export function reversedLabels(labels: ArrayLike<number>): Uint8Array {
  const count = labels.length;
  const reversed = new Uint8Array(count);
  for (let i = 0; i < count; i++) reversed[count - 1 - i] = labels[i] ?? OUTSIDE;
  const named = Array.from(labels, (label) => (label < LABEL_COUNT ? label : OUTSIDE));
  for (const [first, end, kind] of spansFromLabels(named)) {
    for (let i = first; i < end; i++) reversed[count - 1 - i] = insideLabel(kind);
    reversed[count - end] = beginLabel(kind);
  }
  return reversed;
}
