import type { Span } from '../tagging/types';
import { locateMention } from './anchor';
import type { ArticleDecisions } from './read';
import type { PlacedDecision } from './types';

export type TagStatus = 'pending' | 'accepted';

/** A span of the article as the curator sees it: its canonical name and whether it was accepted. */
export interface ArticleTag extends Span {
  name: string;
  status: TagStatus;
  /** The curator put it on these words (Tag Selection, or a span widened or narrowed); the engine did not find it so. */
  added?: boolean;
}

/** A decision on one mention whose words are no longer where it says; `candidate` (a file offset) is the nearest occurrence of its words. */
export interface StaleDecision { decision: PlacedDecision; candidate?: number }

/** The name a decision refers to: the canonical name of an entity, the ISO value (else the text) of a date. */
export function tagName(span: Span): string {
  return span.kind === 'DATE' ? (span.value ?? span.text) : (span.canonical ?? span.text);
}

const key = (kind: string, name: string): string => `${kind}\u0000${name}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function occurrences(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** A corrected span no longer names the entity it was linked to. */
function corrected(span: Span, to: string | undefined, toKind: Span['kind'] | undefined): Span {
  const rest: Span = { ...span, kind: toKind ?? span.kind };
  delete rest.entityId;
  delete rest.linkReason;
  if (to !== undefined) {
    if (span.kind === 'DATE') rest.value = to;
    else rest.canonical = to;
  }
  return rest;
}

interface MentionDecision { decision: PlacedDecision; start: number; end: number }

/**
 * Applies an article's decisions to the spans the engine found (offsets into the whole file text,
 * boilerplate left out). A decision on one mention wins over one on the whole entity; the
 * curator's own tags win over the engine's on the same words; imported suggestions stay pending.
 * Mention decisions whose words moved are followed; those that cannot be placed are returned as
 * stale and applied nowhere.
 */
export function applyDecisions(text: string, bodyStart: number, found: readonly Span[], decisions: ArticleDecisions, inFurniture: (span: Span) => boolean): { tags: ArticleTag[]; stale: StaleDecision[] } {
  const body = text.slice(bodyStart);
  const mentions: MentionDecision[] = [];
  const stale: StaleDecision[] = [];
  for (const decision of decisions.all) {
    if (!decision.mention) continue;
    const located = locateMention(body, decision.mention);
    if (located.found) mentions.push({ decision, start: located.start + bodyStart, end: located.end + bodyStart });
    else stale.push({ decision, ...(located.candidate !== undefined ? { candidate: located.candidate + bodyStart } : {}) });
  }
  const rejected = new Set(decisions.rejected.map((ref) => key(ref.kind, ref.name)));
  const accepted = new Set(decisions.accepted.map((ref) => key(ref.kind, ref.name)));

  const wordsOf = (entries: ArticleDecisions['added']): Span[] => entries.flatMap((entry) => occurrences(text, entry.text, bodyStart)
    .map((start): Span => ({ start, end: start + entry.text.length, kind: entry.kind, text: entry.text, canonical: entry.name, source: 'curator', ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) }))
    .filter((span) => !inFurniture(span)));
  const mentionAdds = mentions.filter(({ decision }) => decision.verb === 'add')
    .map(({ decision, start, end }): Span => ({ start, end, kind: decision.kind, text: text.slice(start, end), canonical: decision.name, source: 'curator', ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) }));
  const added = [...mentionAdds, ...wordsOf(decisions.added).filter((span) => !mentionAdds.some((other) => overlaps(span, other)))];

  /** The engine's span after the decisions: dropped (undefined), or kept and maybe accepted. */
  const decide = (span: Span): { span: Span; accepted: boolean } | undefined => {
    const onMention = mentions.filter(({ decision, start, end }) => decision.verb !== 'add' && overlaps(span, { start, end }) && (decision.kind === span.kind || (start === span.start && end === span.end)));
    const mention = onMention.find(({ start, end }) => start === span.start && end === span.end) ?? onMention[0];
    if (mention?.decision.verb === 'reject') return undefined;
    if (mention?.decision.verb === 'correct') return { span: corrected(span, mention.decision.to, mention.decision.toKind), accepted: true };
    const name = tagName(span);
    const correction = decisions.corrected.find((item) => item.kind === span.kind && item.from === name);
    const decided = correction ? corrected(span, correction.to, correction.toKind) : span;
    if (rejected.has(key(span.kind, name)) || rejected.has(key(decided.kind, tagName(decided)))) {
      if (mention?.decision.verb !== 'accept') return undefined;
    }
    return { span: decided, accepted: mention?.decision.verb === 'accept' || correction !== undefined || accepted.has(key(span.kind, name)) || accepted.has(key(decided.kind, tagName(decided))) };
  };

  // An imported suggestion wins over what the engine found on the same words (it stays pending), unless the curator's own tag covers them.
  const suggested = wordsOf(decisions.suggested).filter((span) => !added.some((other) => overlaps(span, other))).flatMap((span) => decide(span) ?? []);
  const explicit = [...added, ...suggested.map(({ span }) => span)];
  const kept = found.filter((span) => !explicit.some((other) => overlaps(span, other))).flatMap((span) => decide(span) ?? []);
  // A mention the curator accepted where the engine now finds nothing is still the curator's tag.
  const acceptedAlone = mentions.filter(({ decision, start, end }) => decision.verb === 'accept' && ![...explicit, ...kept.map(({ span }) => span)].some((span) => overlaps(span, { start, end })))
    .map(({ decision, start, end }) => ({ span: { start, end, kind: decision.kind, text: text.slice(start, end), canonical: decision.name, source: 'curator' } satisfies Span, accepted: true }));

  const tags = [
    ...[...kept, ...acceptedAlone, ...suggested].map(({ span, accepted: isAccepted }): ArticleTag => ({ ...span, name: tagName(span), status: isAccepted ? 'accepted' : 'pending' })),
    ...added.map((span): ArticleTag => ({ ...span, name: tagName(span), status: 'accepted', added: true })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  return { tags, stale };
}
