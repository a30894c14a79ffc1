import { type Document, isMap, parseDocument } from 'yaml';
import type { Problem } from '../problems';
import { aliasCycleProblems, duplicateKeyProblems, yamlIssueProblem } from '../yaml/issues';
import { MAX_ALIAS_COUNT, toSafeObject } from '../yaml/values';
import { workCounts } from '../workCounts';

export type FrontMatterValue = Record<string, unknown>;

export interface ParsedFrontMatter {
  document: Document;
  /** The plain value, or undefined when it could not be had (see problems). */
  value: FrontMatterValue | undefined;
  problems: Problem[];
}

/**
 * Parses front matter YAML (given with its offset in the file) into a Document that keeps
 * comments and styles. Never throws: syntax errors, duplicate keys, alias bombs and a front
 * matter that is not a mapping come back as problems with file offsets.
 */
export function readFrontMatter(yaml: string, yamlStart: number): ParsedFrontMatter {
  // Duplicate keys are checked by duplicateKeyProblems (linear), not by the library (quadratic).
  workCounts.frontMatterParses++;
  const document = parseDocument(yaml, { uniqueKeys: false, merge: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const problems = [...document.errors, ...duplicateKeyProblems(document, yamlStart), ...document.warnings].map((issue) => ('pos' in issue ? yamlIssueProblem(issue, yamlStart) : issue));
  if (problems.some((problem) => problem.severity === 'error')) return { document, value: undefined, problems };

  if (document.contents !== null && !isMap(document.contents)) {
    const { range } = document.contents;
    problems.push({ severity: 'error', code: 'front-matter-not-a-map', message: 'front matter must be a mapping of keys to values', start: yamlStart + range[0], end: yamlStart + range[1] });
    return { document, value: undefined, problems };
  }
  const cycles = yaml.includes('*') ? aliasCycleProblems(document, yamlStart) : [];
  if (cycles.length > 0) return { document, value: undefined, problems: [...problems, ...cycles] };
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
