import { type SplitArticle, splitArticle } from '../article/frontMatterBlock';
import { type FrontMatterValue, type ParsedFrontMatter, readFrontMatter } from './read';
import { readFrontMatterValue } from './quickRead';

/** An article's split, and what `read` makes of its front matter's YAML when there is a block. */
function readArticleWith<T>(text: string, read: (yaml: string, yamlStart: number) => T): { split: SplitArticle; parsed: T | undefined } {
  const split = splitArticle(text);
  return { split, parsed: split.frontMatter ? read(split.frontMatter.yaml, split.frontMatter.yamlStart) : undefined };
}

/**
 * An article's front matter read once: its split, and the parsed YAML when there is a block.
 * Checking and tagging only read it, so one reading per text can serve both; commands that edit
 * front matter parse their own copy.
 */
export interface FrontMatterReading {
  split: SplitArticle;
  parsed: ParsedFrontMatter | undefined;
}

export function readArticleFrontMatter(text: string): FrontMatterReading {
  return readArticleWith(text, readFrontMatter);
}

/** What tagging reads of an article's front matter: its split and its plain value (none without a block, or where the YAML is unreadable). */
export interface FrontMatterValueReading {
  split: SplitArticle;
  parsed: { value: FrontMatterValue | undefined } | undefined;
}

/** An article's front matter as a plain value, for what only reads it (tagging, export): see readFrontMatterValue. */
export function readArticleFrontMatterValue(text: string): FrontMatterValueReading {
  return readArticleWith(text, (yaml, yamlStart) => ({ value: readFrontMatterValue(yaml, yamlStart).value }));
}
