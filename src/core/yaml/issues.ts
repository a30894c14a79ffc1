import { type Document, isAlias, isScalar, visit, type YAMLError } from 'yaml';
import type { Problem } from '../problems';

/** A yaml library error or warning as a problem, at least one character wide, offset by `start` in the file. */
export function yamlIssueProblem(issue: YAMLError, start: number): Problem {
  return {
    severity: issue.name === 'YAMLWarning' ? 'warning' : 'error',
    code: `yaml-${issue.code.toLowerCase().replace(/_/gu, '-')}`,
    message: issue.message.replace(/\n[\s\S]*$/u, ''),
    start: start + issue.pos[0],
    end: start + Math.max(issue.pos[1], issue.pos[0] + 1),
  };
}

/**
 * Each scalar key that repeats an earlier key of the same mapping, as the library reports it
 * (`yaml-duplicate-key`). The library's own check compares each key with every earlier one
 * (quadratic in the number of keys); this one keeps one set per mapping.
 */
export function duplicateKeyProblems(document: Document, yamlStart: number): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          const [start, end] = key.range ?? [0, 0];
          problems.push({ severity: 'error', code: 'yaml-duplicate-key', message: 'Map keys must be unique', start: yamlStart + start, end: yamlStart + Math.max(end, start + 1) });
        }
        seen.add(key.value);
      }
    },
  });
  return problems;
}

/**
 * Each alias that stands inside the very value its anchor names (`a: &a [*a]`), which the library
 * turns into a circular value: such YAML is refused where the alias is, not expanded. One pass in
 * document order: an alias names the latest anchor before it, and it is a cycle when that anchor's
 * node is one of the alias's ancestors.
 */
export function aliasCycleProblems(document: Document, yamlStart: number): Problem[] {
  const problems: Problem[] = [];
  const anchored = new Map<string, unknown>();
  visit(document, {
    Node(_, node, path) {
      if (node.anchor !== undefined) anchored.set(node.anchor, node);
      if (!isAlias(node)) return;
      const target = anchored.get(node.source);
      if (target === undefined) return;
      if (!path.includes(target as (typeof path)[number])) return;
      const [aliasStart, aliasEnd] = node.range ?? [0, 0];
      problems.push({
        severity: 'error',
        code: 'yaml-alias-cycle',
        message: `the alias *${node.source} stands inside the value of its own anchor &${node.source}, which would make the value contain itself`,
        start: yamlStart + aliasStart,
        end: yamlStart + Math.max(aliasEnd, aliasStart + 1),
      });
    },
  });
  return problems;
}
