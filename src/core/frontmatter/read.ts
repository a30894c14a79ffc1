import { Document, isMap, isScalar, parseDocument, visit, type YAMLError } from 'yaml';
import type { Problem } from '../problems';
import { workCounts } from '../workCounts';

/** Aliases a front matter may expand; more means an alias bomb, refused rather than expanded. */
export const MAX_ALIAS_COUNT = 100;

export type FrontMatterValue = Record<string, unknown>;

export interface ParsedFrontMatter {
  document: Document;
  /** The plain value, or undefined when it could not be had (see problems). */
  value: FrontMatterValue | undefined;
  problems: Problem[];
}

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
 * Parses front matter YAML (given with its offset in the file) into a Document that keeps
 * comments and styles. Never throws: syntax errors, duplicate keys, alias bombs and a front
 * matter that is not a mapping come back as problems with file offsets.
 */
export function readFrontMatter(yaml: string, yamlStart: number): ParsedFrontMatter {
  // The library's own duplicate-key check compares each key with every earlier one: quadratic in
  // the number of keys. Keys are checked here instead, with one set per mapping.
  workCounts.frontMatterParses++;
  const document = parseDocument(yaml, { uniqueKeys: false, merge: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const problems = [...document.errors, ...duplicateKeyProblems(document, yamlStart), ...document.warnings].map((issue) => ('pos' in issue ? yamlIssueProblem(issue, yamlStart) : issue));
  if (problems.some((problem) => problem.severity === 'error')) return { document, value: undefined, problems };

  if (document.contents !== null && !isMap(document.contents)) {
    const { range } = document.contents;
    problems.push({ severity: 'error', code: 'front-matter-not-a-map', message: 'front matter must be a mapping of keys to values', start: yamlStart + range[0], end: yamlStart + range[1] });
    return { document, value: undefined, problems };
  }
  try {
    const value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as FrontMatterValue | null;
    return { document, value: toSafeObject(value ?? {}) as FrontMatterValue, problems };
  } catch (error) {
    problems.push({
      severity: 'error',
      code: 'yaml-alias-limit',
      message: `front matter expands too many aliases (more than ${MAX_ALIAS_COUNT}): ${error instanceof Error ? error.message : String(error)}`,
      start: yamlStart,
      end: yamlStart + yaml.length,
    });
    return { document, value: undefined, problems };
  }
}

/** Each scalar key that repeats an earlier key of the same mapping, as the library reports it (`yaml-duplicate-key`). */
function duplicateKeyProblems(document: Document, yamlStart: number): Problem[] {
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
 * Rebuilds parsed values on prototype-less objects, so that keys such as `__proto__` or
 * `constructor` are plain data and can never reach Object.prototype.
 */
export function toSafeObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSafeObject);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const safe = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) safe[key] = toSafeObject((value as Record<string, unknown>)[key]);
    return safe;
  }
  return value;
}
