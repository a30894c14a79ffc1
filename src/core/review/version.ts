import { splitArticle } from '../article/frontMatterBlock';
import { readFrontMatterValue } from '../frontmatter/quickRead';
import type { FrontMatterValue } from '../frontmatter/read';
import { LineIndex } from '../text/lineIndex';

/** One version of an article as the review sees it. */
export type ArticleVersion =
  /** `body` is text, or the body's bytes when the version was read from bytes (decoded only if it changed). */
  | { kind: 'article'; metadata: FrontMatterValue | undefined; yaml?: string; body: string | Uint8Array; bodyFirstLine: number }
  | { kind: 'conflict'; line: number; inFrontMatter: boolean }
  | { kind: 'unreadable'; reason: string };

export const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|\r?$)/mu;

function linesBefore(text: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Reads a version from its text (UTF-16, BOM removed). Never throws. */
export function versionFromText(text: string): ArticleVersion {
  const marker = CONFLICT_MARKER.exec(text);
  if (marker) {
    const line = new LineIndex(text).positionAt(marker.index).line + 1;
    const split = splitArticle(text);
    const inFrontMatter = split.frontMatter ? marker.index < split.bodyStart : text.startsWith('---');
    return { kind: 'conflict', line, inFrontMatter };
  }
  const split = splitArticle(text);
  if (split.unclosedFence) return { kind: 'unreadable', reason: "front matter opened with '---' on line 1 is never closed" };
  const bodyFirstLine = linesBefore(text, split.bodyStart) + 1;
  if (!split.frontMatter) return { kind: 'article', metadata: undefined, body: split.body, bodyFirstLine };
  const { yaml } = split.frontMatter;
  const parsed = readFrontMatterValue(yaml, split.frontMatter.yamlStart);
  if (!parsed.value) {
    const problem = parsed.problems.find((item) => item.severity === 'error') ?? parsed.problems[0];
    const where = problem ? `line ${new LineIndex(text).positionAt(problem.start).line + 1}: ${problem.message}` : 'unreadable YAML';
    return { kind: 'unreadable', reason: `front matter is not valid YAML (${where})` };
  }
  return { kind: 'article', metadata: parsed.value, yaml, body: split.body, bodyFirstLine };
}
