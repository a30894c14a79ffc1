import { type SplitArticle, splitArticle } from '../article/frontMatterBlock';
import { type ParsedFrontMatter, readFrontMatter } from './read';

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
  const split = splitArticle(text);
  return { split, parsed: split.frontMatter ? readFrontMatter(split.frontMatter.yaml, split.frontMatter.yamlStart) : undefined };
}
