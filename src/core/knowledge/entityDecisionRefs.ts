import { type Document, isMap, isScalar, isSeq } from 'yaml';
import type { Problem } from '../problems';

/** Where .corpus/entities.yaml names an entity: the id as written and its place in the file (UTF-16 offsets). */
export interface DecisionIdRef {
  id: string;
  /** `into` and `from` of `merges[index]`, `from` of `splits[index]` (a split's `to` is an id of the curator's own making). */
  role: 'merge-into' | 'merge-from' | 'split-from';
  index: number;
  start: number;
  end: number;
}

/**
 * Every id the decisions of the parsed file name, in file order; decisions the file's own
 * problems skip are left out, and a file with an error names none.
 */
export function decisionIdRefsOf(document: Document, problems: readonly Problem[]): DecisionIdRef[] {
  if (problems.some((problem) => problem.severity === 'error')) return [];
  const skipped = new Set(problems.map((problem) => problem.start));
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
