import { isMap, isSeq, parseDocument } from 'yaml';
import { aliasCycleProblems, yamlIssueProblem } from '../yaml/issues';
import { MAX_ALIAS_COUNT, toSafeObject } from '../yaml/values';
import type { Problem } from '../problems';
import type { Span } from '../tagging/types';
import { currentEntityId } from './entityIdForms';
import { type DecisionIdRef, decisionIdRefsOf } from './entityDecisionRefs';

/** The curator's merge and split decisions on entities, relative to the workspace (or current) folder. */
export const ENTITY_DECISIONS_PATH = '.corpus/entities.yaml';

export interface EntityMerge { into: string; from: string[] }
/** Mentions of `from` that are another entity, `to`: a form, in one article or (no article) in all. */
export interface EntitySplit { from: string; to: string; mentions: { article?: string; text: string }[] }
export interface EntityDecisions { merges: EntityMerge[]; splits: EntitySplit[] }

export const NO_ENTITY_DECISIONS: EntityDecisions = { merges: [], splits: [] };

/** The file read once: its decisions, its problems, and where it names each id (for the check against the corpus). */
export interface ParsedEntityDecisions { decisions: EntityDecisions; problems: Problem[]; refs: DecisionIdRef[] }

type Range = { range?: [number, number, number] } | null | undefined;

/**
 * Reads .corpus/entities.yaml:
 *
 *     merges:
 *       - into: kb:kassym-jomart-tokayev
 *         from: [local:PER:tokav]
 *     splits:
 *       - from: kb:ilham-aliyev
 *         to: local:PER:heydar-aliyev
 *         mentions: [{article: 003_c55b704b24c84185, text: Алиев}]
 *
 * A YAML error makes the whole file unusable (no decision applies, and no command rewrites it);
 * a decision that cannot be used (merging an entity into itself, a split without mentions) is
 * reported at its place and skipped.
 */
export function parseEntityDecisions(yaml: string): ParsedEntityDecisions {
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = document.errors.map((error) => ({ ...yamlIssueProblem(error, 0), code: 'entities-yaml' }));
  if (yaml.includes('*')) problems.push(...aliasCycleProblems(document, 0).map((cycle) => ({ ...cycle, code: 'entities-yaml' })));
  if (problems.length > 0) return { decisions: NO_ENTITY_DECISIONS, problems, refs: [] };
  const decisions: EntityDecisions = { merges: [], splits: [] };
  const at = (node: unknown): number => (node as Range)?.range?.[0] ?? 0;
  const report = (node: unknown, message: string, severity: Problem['severity'] = 'warning'): void => {
    const start = at(node);
    problems.push({ severity, code: 'entities-decision', message, start, end: lineEnd(yaml, start) });
  };
  const read = (node: unknown): Record<string, unknown> | undefined => {
    try {
      return isMap(node) ? toSafeObject(node.toJS(document, { maxAliasCount: MAX_ALIAS_COUNT })) as Record<string, unknown> : undefined;
    } catch {
      return undefined;
    }
  };
  const listOf = (key: string): unknown[] => {
    const node = document.get(key, true);
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) {
      report(node, `'${key}' must be a list`, 'error');
      return [];
    }
    return node.items;
  };
  listOf('merges').forEach((node, index) => {
    const value = read(node);
    const into = value?.into;
    const from = Array.isArray(value?.from) ? value.from.filter((id): id is string => typeof id === 'string' && id !== '') : [];
    if (typeof into !== 'string' || into === '' || from.length === 0) report(node, `merges[${index}]: needs 'into' (an entity id) and 'from' (a list of ids); skipped`);
    else if (from.includes(into)) report(node, `merges[${index}]: an entity cannot be merged into itself (${into}); skipped`);
    else decisions.merges.push({ into, from });
  });
  listOf('splits').forEach((node, index) => {
    const value = read(node);
    const mentions = (Array.isArray(value?.mentions) ? value.mentions : []).flatMap((item: unknown) => {
      const mention = item as Record<string, unknown> | null;
      return mention !== null && typeof mention === 'object' && typeof mention.text === 'string' && mention.text !== ''
        ? [{ text: mention.text, ...(typeof mention.article === 'string' ? { article: mention.article } : {}) }] : [];
    });
    const from = value?.from;
    const to = value?.to;
    if (typeof from !== 'string' || typeof to !== 'string' || from === '' || to === '' || mentions.length === 0) report(node, `splits[${index}]: needs 'from', 'to' (entity ids) and 'mentions' (a list of {article, text}); skipped`);
    else if (from === to) report(node, `splits[${index}]: 'to' must differ from 'from' (${from}); skipped`);
    else decisions.splits.push({ from, to, mentions });
  });
  return { decisions: inCurrentForm(decisions), problems, refs: decisionIdRefsOf(document, problems) };
}

/**
 * The decisions with each place id of the form before 2026-12-01 read as today's
 * (`currentEntityId`), so that a merge or split made then applies to the mentions now. A merge
 * keeps the old ids among those it merges, which front matter written before may still carry.
 * Ids a split made (its `to`) are the curator's own and are left as they are.
 */
function inCurrentForm(decisions: EntityDecisions): EntityDecisions {
  const made = new Set(decisions.splits.map((split) => split.to));
  const current = (id: string): string => (made.has(id) ? id : currentEntityId(id));
  return {
    merges: decisions.merges.map(({ into, from }) => {
      const target = current(into);
      const ids = new Set([...from.map(current), ...from, into]);
      ids.delete(target);
      return { into: target, from: [...ids] };
    }),
    splits: decisions.splits.map((split) => ({ ...split, from: current(split.from) })),
  };
}

/** The id an entity goes by after the merges (followed through chains; a cycle stops where it closes). */
export function mergedId(id: string, decisions: EntityDecisions): string {
  const seen = new Set<string>([id]);
  let current = id;
  for (;;) {
    const next = decisions.merges.find((merge) => merge.from.includes(current))?.into;
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/**
 * The id each span a decision changed had before, kept beside the span rather than on it, so that
 * no output of the tagger carries it (the index records these ids for the check of stale ids).
 */
const idsBefore = new WeakMap<Span, string>();

/** The entity id the tagger gave the span before the curator's decisions changed it (its own id when none did). */
export function entityIdBeforeDecisions(span: Span): string | undefined {
  return idsBefore.get(span) ?? span.entityId;
}

/** Whether a decision changed the span's entity id. */
export function changedByDecisions(span: Span): boolean {
  return idsBefore.has(span);
}

/** The spans of one article with the curator's splits and merges applied to their entity ids. */
export function applyEntityDecisions(spans: readonly Span[], decisions: EntityDecisions, article: string | undefined): Span[] {
  if (decisions.merges.length === 0 && decisions.splits.length === 0) return [...spans];
  return spans.map((span) => {
    if (span.entityId === undefined) return span;
    const merged = mergedId(span.entityId, decisions);
    const split = decisions.splits.find((rule) => (rule.from === span.entityId || rule.from === merged)
      && rule.mentions.some((mention) => mention.text === span.text && (mention.article === undefined || mention.article === article)));
    const id = split ? mergedId(split.to, decisions) : merged;
    if (id === span.entityId) return span;
    const copy: Span = { ...span, entityId: id, linkReason: 'curator' };
    if (/^Q[1-9][0-9]*$/u.test(id)) copy.wikidata = id;
    else delete copy.wikidata;
    idsBefore.set(copy, span.entityId);
    return copy;
  });
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
