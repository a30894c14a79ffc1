import * as vscode from 'vscode';
import type { TemporalKind } from '../../core/tagging/dates/timex';
import { KINDS, type SpanKind } from '../../core/kinds';

// A kind's words come from the table of kinds (src/core/kinds.ts): each is the key of its
// `vscode.l10n.t` message. The TIMEX3 words below are literal, so that l10n extraction finds them.

/** A kind as the curator reads it: `Person` for `PER`. */
export function kindWord(kind: SpanKind): string {
  return vscode.l10n.t(KINDS.definition(kind).labels.one);
}

/** The plural heading of a kind: `People` for `PER`. */
export function kindPlural(kind: SpanKind): string {
  return vscode.l10n.t(KINDS.definition(kind).labels.plural);
}

/** So many of a kind, the plural form chosen by the count: `1 person`, `3 people`. */
export function kindCount(kind: SpanKind, count: number): string {
  const { labels } = KINDS.definition(kind);
  return count === 1 ? vscode.l10n.t(labels.countOne) : vscode.l10n.t(labels.countMany, count);
}

/** A TIMEX3 type as the curator reads it: `Recurrence` for `SET`. */
export function temporalWord(timex: TemporalKind): string {
  switch (timex) {
    case 'DATE': return vscode.l10n.t('Date');
    case 'TIME': return vscode.l10n.t('Time');
    case 'DURATION': return vscode.l10n.t('Duration');
    case 'SET': return vscode.l10n.t('Recurrence');
  }
}

function isTemporalKind(value: string): value is TemporalKind {
  return value === 'DATE' || value === 'TIME' || value === 'DURATION' || value === 'SET';
}

/** The word for a tag's kind, a date's TIMEX3 type when it has one: `Time` for a `DATE` tag of type `TIME`. */
export function tagKindWord(kind: SpanKind, timex?: string): string {
  return kind === 'DATE' && timex !== undefined && isTemporalKind(timex) ? temporalWord(timex) : kindWord(kind);
}

/** The word with its code, for tooltips and hovers: `Person (PER)`. */
export function kindWithCode(kind: SpanKind, timex?: string): string {
  return `${tagKindWord(kind, timex)} (${kind === 'DATE' && timex !== undefined ? timex : kind})`;
}
