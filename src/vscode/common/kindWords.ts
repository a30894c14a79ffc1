import * as vscode from 'vscode';
import type { TemporalKind } from '../../core/tagging/dates/timex';
import type { SpanKind } from '../../core/tagging/types';

// Literal strings in each call, so that l10n extraction finds every one of them.

/** A kind as the curator reads it: `Person` for `PER`. */
export function kindWord(kind: SpanKind): string {
  switch (kind) {
    case 'PER': return vscode.l10n.t('Person');
    case 'ORG': return vscode.l10n.t('Organisation');
    case 'LOC': return vscode.l10n.t('Place');
    case 'EVENT': return vscode.l10n.t('Event');
    case 'DATE': return vscode.l10n.t('Date');
  }
}

/** The plural heading of a kind: `People` for `PER`. */
export function kindPlural(kind: SpanKind): string {
  switch (kind) {
    case 'PER': return vscode.l10n.t('People');
    case 'ORG': return vscode.l10n.t('Organisations');
    case 'LOC': return vscode.l10n.t('Places');
    case 'EVENT': return vscode.l10n.t('Events');
    case 'DATE': return vscode.l10n.t('Dates');
  }
}

/** So many of a kind, the plural form chosen by the count: `1 person`, `3 people`. */
export function kindCount(kind: SpanKind, count: number): string {
  const one = count === 1;
  switch (kind) {
    case 'PER': return one ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', count);
    case 'ORG': return one ? vscode.l10n.t('1 organisation') : vscode.l10n.t('{0} organisations', count);
    case 'LOC': return one ? vscode.l10n.t('1 place') : vscode.l10n.t('{0} places', count);
    case 'EVENT': return one ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', count);
    case 'DATE': return one ? vscode.l10n.t('1 date') : vscode.l10n.t('{0} dates', count);
  }
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
