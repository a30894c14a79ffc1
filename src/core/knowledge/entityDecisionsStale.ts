import type { Problem } from '../problems';
import { compareCodePoints } from '../text/compare';
import type { TimeSlices } from '../timeSlices';
import { type EntityDecisions, type ParsedEntityDecisions, parseEntityDecisions } from './entityDecisions';
import type { DecisionIdRef } from './entityDecisionRefs';
import { currentEntityId, PLACE_ID_FORM_SINCE } from './entityIdForms';
import { type KnowledgeBase, knowledgeBase } from './knowledgeBase';

export type { DecisionIdRef } from './entityDecisionRefs';

/**
 * An article as the corpus index has it: its path, the entity ids of its mentions (front
 * matter's, or the tagger's), and, when the index tagged the article, the ids its mentions had
 * before the curator's entity decisions (none: unknown, the article is tagged again if needed).
 */
export interface IndexedEntityIds { path: string; ids: readonly string[]; idsBeforeDecisions?: readonly string[] }

/** The ids an article's mentions get from the tagger now, before the curator's decisions (undefined: unreadable). */
export type IdsBeforeDecisions = (path: string) => Promise<ReadonlySet<string> | undefined>;

/** The entity ids the spans are linked to, in order (a span without a link gives none). */
export function linkedIds(spans: readonly { entityId?: string }[]): string[] {
  return spans.flatMap((span) => (span.entityId === undefined ? [] : [span.entityId]));
}

/** How a check runs: on the extension host it gives the event loop back and stops once a newer check has started. */
export interface StaleCheckOptions {
  kb?: KnowledgeBase;
  /** Long loops give the event loop back when a slice has run its time (none: the CLI runs straight through). */
  slices?: TimeSlices;
  /** Whether a newer check has started: this one stops at its next slice, and what it returns is to be thrown away. */
  superseded?: () => boolean;
  /** The file parsed already by the caller, so that it is not parsed again. */
  parsed?: ParsedEntityDecisions;
}

/** How often the loop over the articles looks at the clock. */
const ARTICLES_PER_LOOK = 256;

/** The id each id is merged into, following the chain of merges, resolved once per distinct id (as `mergedId`). */
export function mergeTargets(decisions: EntityDecisions): (id: string) => string {
  const intoOf = new Map<string, string>();
  for (const merge of decisions.merges) for (const from of merge.from) if (!intoOf.has(from)) intoOf.set(from, merge.into);
  const resolved = new Map<string, string>();
  return (id) => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>([id]);
    let current = id;
    for (;;) {
      const next = intoOf.get(current);
      if (next === undefined || seen.has(next)) break;
      seen.add(next);
      current = next;
    }
    resolved.set(id, current);
    return current;
  };
}

/** Thrown inside a check when a newer one has started. */
class Superseded extends Error {}

/**
 * The ids .corpus/entities.yaml names that no mention of the corpus has now, each a warning at
 * the id: the decision, or its part, does nothing. An id has mentions when an article of the index
 * records it, or when the tagger gives it to a mention of an article before the decisions apply;
 * only the articles whose ids the decision could have made are looked at: their ids before the
 * decisions as the index recorded them, else (each once) tagged again (`idsBeforeDecisions`); the
 * first article that gives an id ends the search for it. A merge may go into an
 * entity of the knowledge base that the corpus does not name yet. A place id of the form before
 * 2026-12-01 is read as today's (`currentEntityId`); when that one has mentions, an information
 * says so. Only the ids the decisions name (and what they are merged into) are looked up in the
 * articles, in one pass. Nothing is written; the result is in file order (empty when superseded).
 */
export async function staleDecisionProblems(yaml: string, articles: readonly IndexedEntityIds[], idsBeforeDecisions: IdsBeforeDecisions, options: StaleCheckOptions = {}): Promise<Problem[]> {
  try {
    return await staleProblems(yaml, articles, idsBeforeDecisions, options);
  } catch (error) {
    if (error instanceof Superseded) return [];
    throw error;
  }
}

async function staleProblems(yaml: string, articles: readonly IndexedEntityIds[], idsBeforeDecisions: IdsBeforeDecisions, options: StaleCheckOptions): Promise<Problem[]> {
  const { slices, superseded } = options;
  const kb = options.kb ?? knowledgeBase();
  const stopIfSuperseded = async (): Promise<void> => {
    if (slices?.due() === true) await slices.pause();
    if (superseded?.() === true) throw new Superseded();
  };
  const parsed = options.parsed ?? parseEntityDecisions(yaml);
  await stopIfSuperseded();
  const { refs } = parsed;
  if (refs.length === 0) return [];
  await stopIfSuperseded();
  const { decisions } = parsed;
  const made = new Set(decisions.splits.map((split) => split.to));
  const target = mergeTargets(decisions);
  /** What the decisions make of the mentions of an id: the entity it is merged into, and what a split of either makes. */
  const becomes = (id: string): string[] => {
    const merged = target(id);
    return [...new Set([merged, ...decisions.splits.filter((split) => split.from === id || split.from === merged).map((split) => target(split.to))])];
  };
  /** The ids merged, in the end, into each id (itself included). */
  const mergedInto = new Map<string, Set<string>>();
  for (const id of new Set(decisions.merges.flatMap((merge) => [merge.into, ...merge.from]))) {
    const end = target(id);
    mergedInto.set(end, (mergedInto.get(end) ?? new Set([end])).add(id));
  }
  const currentOf = new Map(refs.map((ref) => [ref.id, made.has(ref.id) ? ref.id : currentEntityId(ref.id)]));
  const wanted = new Set<string>();
  for (const [id, current] of currentOf) {
    wanted.add(id).add(current);
    for (const end of becomes(current)) for (const source of mergedInto.get(end) ?? [end]) wanted.add(source);
  }
  /**
   * In one pass over the index: the articles that record each wanted id, those among them whose
   * ids before the decisions are not recorded (to be tagged again if needed), and the articles
   * whose recorded ids before the decisions have each wanted id.
   */
  const holders = new Map<string, Set<string>>();
  const unrecordedHolders = new Map<string, string[]>();
  const recordedBefore = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, id: string, file: string): void => {
    const files = map.get(id);
    if (files === undefined) map.set(id, [file]);
    else if (files[files.length - 1] !== file) files.push(file);
  };
  for (let i = 0; i < articles.length; i++) {
    if (i % ARTICLES_PER_LOOK === 0) await stopIfSuperseded();
    const article = articles[i];
    if (article === undefined) continue;
    for (const id of article.ids) {
      if (!wanted.has(id)) continue;
      const files = holders.get(id);
      if (files === undefined) holders.set(id, new Set([article.path]));
      else files.add(article.path);
      if (article.idsBeforeDecisions === undefined) push(unrecordedHolders, id, article.path);
    }
    for (const id of article.idsBeforeDecisions ?? []) if (wanted.has(id)) push(recordedBefore, id, article.path);
  }
  const tagged = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  const before = (file: string): Promise<ReadonlySet<string> | undefined> => {
    const known = tagged.get(file);
    if (known) return known;
    const ids = idsBeforeDecisions(file);
    tagged.set(file, ids);
    return ids;
  };
  /**
   * Whether a mention has the id: recorded by the index as it is (not for the entity merged into,
   * which the merge itself gives its mentions), or given by the tagger, before the decisions, in
   * an article that holds what the decisions make of it: as the index recorded it, else tagged again.
   */
  const hasMentions = async (id: string, trustIndex: boolean): Promise<boolean> => {
    if ((trustIndex && holders.has(id)) || made.has(id)) return true;
    const sources = new Set<string>();
    for (const end of becomes(id)) for (const source of mergedInto.get(end) ?? [end]) sources.add(source);
    const holdsSource = (file: string): boolean => [...sources].some((source) => holders.get(source)?.has(file) === true);
    if ((recordedBefore.get(id) ?? []).some(holdsSource)) return true;
    const candidates = new Set<string>();
    for (const source of sources) for (const file of unrecordedHolders.get(source) ?? []) candidates.add(file);
    for (const file of [...candidates].sort(compareCodePoints)) {
      await stopIfSuperseded();
      if ((await before(file))?.has(id) === true) return true;
    }
    return false;
  };
  const problems: Problem[] = [];
  for (const ref of refs) {
    await stopIfSuperseded();
    const current = currentOf.get(ref.id) ?? ref.id;
    const into = ref.role === 'merge-into';
    const oldRecorded = current !== ref.id && !into && holders.has(ref.id);
    if ((into && kb.entity(current) !== undefined) || (!into && holders.has(ref.id)) || await hasMentions(current, !into)) {
      if (current !== ref.id) problems.push({ severity: 'info', code: 'entities-old-id', start: ref.start, end: ref.end, message: readAsMessage(ref, current, oldRecorded) });
      continue;
    }
    problems.push({ severity: 'warning', code: 'entities-stale-id', start: ref.start, end: ref.end, message: staleMessage(ref, current) });
  }
  return problems;
}

function where(ref: DecisionIdRef): string {
  return `${ref.role === 'split-from' ? 'splits' : 'merges'}[${String(ref.index)}]`;
}

function readAsMessage(ref: DecisionIdRef, current: string, oldRecorded: boolean): string {
  const named = `${where(ref)} names \`${ref.id}\`, a place id of the form before ${PLACE_ID_FORM_SINCE}`;
  return oldRecorded
    ? `${named}, which articles of the corpus still record; the decision applies to it and to \`${current}\`, the form the tagger gives since then (the file is left as it is)`
    : `${named}; it is read as \`${current}\`, the id its mentions have now (the file is left as it is)`;
}

function staleMessage(ref: DecisionIdRef, current: string): string {
  const readAs = current === ref.id ? '' : ` (read as \`${current}\`, the form of place ids since ${PLACE_ID_FORM_SINCE})`;
  if (ref.role === 'merge-into') {
    return `${where(ref)} names \`${ref.id}\`${readAs}, which the tagger gives no mention in the corpus, nor does the knowledge base know it: only the mentions merged into it carry this id, which nothing else in the corpus has, so it is probably a mistyped or old id. Correct it, or merge again in the Entities view`;
  }
  const redo = ref.role === 'split-from' ? 'split again in the Entities view, or remove it' : 'merge again in the Entities view, or remove it';
  const effect = ref.role === 'merge-from' ? '; merging it does nothing' : '; the split does nothing';
  return `${where(ref)} names \`${ref.id}\`${readAs}, which no mention in the corpus has now${effect}. It may be an id of an older version: ${redo}`;
}
