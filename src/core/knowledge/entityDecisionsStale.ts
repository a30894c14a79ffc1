import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Problem } from '../problems';
import { compareCodePoints } from '../text/compare';
import { mergedId, parseEntityDecisions } from './entityDecisions';
import { currentEntityId, PLACE_ID_FORM_SINCE } from './entityIdForms';
import { type KnowledgeBase, knowledgeBase } from './knowledgeBase';

/** Where .corpus/entities.yaml names an entity: the id as written and its place in the file (UTF-16 offsets). */
export interface DecisionIdRef {
  id: string;
  /** `into` and `from` of `merges[index]`, `from` of `splits[index]` (a split's `to` is an id of the curator's own making). */
  role: 'merge-into' | 'merge-from' | 'split-from';
  index: number;
  start: number;
  end: number;
}

/** An article as the corpus index has it: its path and the entity ids of its mentions (front matter's, or the tagger's). */
export interface IndexedEntityIds { path: string; ids: readonly string[] }

/** The ids an article's mentions get from the tagger now, before the curator's decisions (undefined: unreadable). */
export type IdsBeforeDecisions = (path: string) => Promise<ReadonlySet<string> | undefined>;

/** Every id the decisions of the file name, in file order; decisions the file's own problems skip are left out. */
export function decisionIdRefs(yaml: string): DecisionIdRef[] {
  const { problems } = parseEntityDecisions(yaml);
  if (problems.some((problem) => problem.severity === 'error')) return [];
  const skipped = new Set(problems.map((problem) => problem.start));
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  const refs: DecisionIdRef[] = [];
  const add = (node: unknown, role: DecisionIdRef['role'], index: number): void => {
    if (isScalar(node) && typeof node.value === 'string' && node.range) refs.push({ id: node.value, role, index, start: node.range[0], end: node.range[1] });
  };
  const decisionsOf = (key: string): { node: unknown; index: number }[] => {
    const list = document.get(key, true);
    return isSeq(list) ? list.items.flatMap((node, index) => (isMap(node) && !skipped.has(node.range?.[0] ?? -1) ? [{ node, index }] : [])) : [];
  };
  for (const { node, index } of decisionsOf('merges')) {
    if (!isMap(node)) continue;
    add(node.get('into', true), 'merge-into', index);
    const from = node.get('from', true);
    if (isSeq(from)) for (const item of from.items) add(item, 'merge-from', index);
  }
  for (const { node, index } of decisionsOf('splits')) if (isMap(node)) add(node.get('from', true), 'split-from', index);
  return refs.sort((a, b) => a.start - b.start);
}

/**
 * The ids .corpus/entities.yaml names that no mention of the corpus has now, each a warning at
 * the id: the decision, or its part, does nothing. An id has mentions when an article of the index
 * records it, or when the tagger gives it to a mention of an article before the decisions apply;
 * only the articles whose ids the decision could have made are tagged (`idsBeforeDecisions`), each
 * once. A merge may go into an entity of the knowledge base that the corpus does not name yet.
 * A place id of the form before 2026-12-01 is read as today's (`currentEntityId`); when that one
 * has mentions, an information says so. Nothing is written; the result is in file order.
 */
export async function staleDecisionProblems(yaml: string, articles: readonly IndexedEntityIds[], idsBeforeDecisions: IdsBeforeDecisions, kb: KnowledgeBase = knowledgeBase()): Promise<Problem[]> {
  const refs = decisionIdRefs(yaml);
  if (refs.length === 0) return [];
  const { decisions } = parseEntityDecisions(yaml);
  const made = new Set(decisions.splits.map((split) => split.to));
  const recorded = new Set(articles.flatMap((article) => article.ids));
  const articlesWith = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const id of article.ids) {
      for (const key of [id, mergedId(id, decisions)]) articlesWith.set(key, (articlesWith.get(key) ?? new Set<string>()).add(article.path));
    }
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
   * which the merge itself gives its mentions), or given by the tagger in an article that holds
   * what the decisions make of it.
   */
  const hasMentions = async (id: string, trustIndex: boolean): Promise<boolean> => {
    if ((trustIndex && recorded.has(id)) || made.has(id)) return true;
    const merged = mergedId(id, decisions);
    const becomes = new Set([merged, ...decisions.splits.filter((split) => split.from === id || split.from === merged).map((split) => mergedId(split.to, decisions))]);
    const candidates = [...new Set([...becomes].flatMap((target) => [...(articlesWith.get(target) ?? [])]))].sort(compareCodePoints);
    for (const file of candidates) if ((await before(file))?.has(id) === true) return true;
    return false;
  };
  const problems: Problem[] = [];
  for (const ref of refs) {
    const current = made.has(ref.id) ? ref.id : currentEntityId(ref.id);
    const into = ref.role === 'merge-into';
    if ((into && kb.entity(current) !== undefined) || (!into && recorded.has(ref.id)) || await hasMentions(current, !into)) {
      if (current !== ref.id) problems.push({ severity: 'info', code: 'entities-old-id', start: ref.start, end: ref.end, message: readAsMessage(ref, current) });
      continue;
    }
    problems.push({ severity: 'warning', code: 'entities-stale-id', start: ref.start, end: ref.end, message: staleMessage(ref, current) });
  }
  return problems;
}

function where(ref: DecisionIdRef): string {
  return `${ref.role === 'split-from' ? 'splits' : 'merges'}[${String(ref.index)}]`;
}

function readAsMessage(ref: DecisionIdRef, current: string): string {
  return `${where(ref)} names \`${ref.id}\`, a place id of the form before ${PLACE_ID_FORM_SINCE}; it is read as \`${current}\`, the id its mentions have now (the file is left as it is)`;
}

function staleMessage(ref: DecisionIdRef, current: string): string {
  const readAs = current === ref.id ? '' : ` (read as \`${current}\`, the form of place ids since ${PLACE_ID_FORM_SINCE})`;
  const redo = ref.role === 'split-from' ? 'split again in the Entities view, or remove it' : 'merge again in the Entities view, or remove it';
  const effect = ref.role === 'merge-into'
    ? ', nor does the knowledge base know it; what is merged into it gets an id of its own'
    : ref.role === 'merge-from' ? '; merging it does nothing' : '; the split does nothing';
  return `${where(ref)} names \`${ref.id}\`${readAs}, which no mention in the corpus has now${effect}. It may be an id of an older version: ${redo}`;
}
