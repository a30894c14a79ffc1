import { type FrontMatterReading, readArticleFrontMatter } from '../frontmatter/articleFrontMatter';
import { decisionProblems } from '../decisions/problems';
import type { Problem } from '../problems';
import { validateFrontMatter } from '../schema/validate';
import { articleIdOf } from '../article/articleId';

/**
 * Every problem of an article's front matter, at the offending key (offsets into the text).
 * `reading` is the text's front matter when it has been read already.
 */
export function checkArticle(text: string, filePath: string, reading: FrontMatterReading = readArticleFrontMatter(text)): Problem[] {
  const { split, parsed } = reading;
  if (split.unclosedFence) {
    return [{ severity: 'error', code: 'unclosed-front-matter', message: "front matter opened with '---' on line 1 is never closed", start: 0, end: 3 }];
  }
  if (!split.frontMatter || !parsed) {
    return [{ severity: 'error', code: 'no-front-matter', message: 'the article has no front matter yet (run "Write Front Matter")', start: 0, end: 0 }];
  }
  if (!parsed.value) return parsed.problems;
  const schema = validateFrontMatter(parsed.value, parsed.document, split.frontMatter.yamlStart, articleIdOf(filePath));
  // An entry the schema already faults is not reported twice.
  const faulted = new Set(schema.map((problem) => (problem.path ?? []).slice(0, 3).join('.')));
  const decisions = decisionProblems(text, split, parsed).filter((problem) => problem.code !== 'decision-malformed' || !faulted.has((problem.path ?? []).join('.')));
  return [...parsed.problems, ...schema, ...decisions].sort((a, b) => a.start - b.start);
}
