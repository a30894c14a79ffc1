import { Document, isMap } from 'yaml';
import type { SplitArticle } from '../article/frontMatterBlock';
import { locateKey } from '../frontmatter/locate';
import type { ParsedFrontMatter } from '../frontmatter/read';
import type { Problem, TextFix } from '../problems';
import { anchorOf, locateMention } from './anchor';
import { readDecisions } from './read';
import { decisionEntry } from './record';
import type { PlacedDecision } from './types';

/** A decision entry printed as the recorder writes it, on one line. */
function printEntry(decision: PlacedDecision): string {
  const document = new Document(decisionEntry(decision));
  if (isMap(document.contents)) document.contents.flow = true;
  return document.toString({ lineWidth: 0 }).trim();
}

/**
 * Problems of an article's decisions, at their lines in the front matter: an entry that cannot be
 * read (the others still apply), and a decision on one mention whose words are no longer where it
 * says (stale: applied nowhere). A stale decision comes with quick fixes: drop it, or put it on
 * the nearest occurrence of its words.
 */
export function decisionProblems(text: string, split: SplitArticle, parsed: ParsedFrontMatter): Problem[] {
  if (!parsed.value || !split.frontMatter) return [];
  const { yamlStart } = split.frontMatter;
  const decisions = readDecisions(parsed.value);
  const problems: Problem[] = [];
  const at = (path: readonly (string | number)[]): { start: number; end: number } => {
    const range = locateKey(parsed.document, path);
    return { start: yamlStart + range.start, end: yamlStart + range.end };
  };
  for (const { path, reason } of decisions.malformed) {
    problems.push({ severity: 'warning', code: 'decision-malformed', message: `${path.join('.').replace(/\.(\d+)/gu, '[$1]')}: ${reason}; this decision is not applied`, ...at(path), path });
  }
  const body = split.body;
  for (const decision of decisions.all) {
    if (!decision.mention) continue;
    const located = locateMention(body, decision.mention);
    if (located.found) continue;
    const range = at(decision.path);
    const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
    const newline = text.indexOf('\n', range.start);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const fixes: TextFix[] = [{ title: 'Drop this decision', start: lineStart, end: lineEnd, newText: '' }];
    if (located.candidate !== undefined) {
      const moved: PlacedDecision = { ...decision, mention: anchorOf(body, { start: located.candidate, end: located.candidate + decision.mention.text.length }) };
      fixes.unshift({ title: `Put this decision on «${decision.mention.text}» (occurrence ${moved.mention?.at ?? 1})`, ...range, newText: printEntry(moved) });
    }
    const [fix, ...more] = fixes;
    problems.push({
      severity: 'warning',
      code: 'decision-stale',
      message: `this decision is on «${decision.mention.text}» (occurrence ${decision.mention.at}), and the text there has changed: it applies to nothing until it is put on the right words or dropped`,
      ...range,
      path: decision.path,
      ...(fix ? { fix } : {}),
      ...(more.length > 0 ? { fixes: more } : {}),
    });
  }
  return problems;
}
