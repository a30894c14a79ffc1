import { splitArticle } from '../article/frontMatterBlock';
import { quickFrontMatterValue } from '../frontmatter/quickRead';
import { countSchemaErrors } from '../schema/validate';
import { articleIdOf } from '../article/articleId';

/**
 * True when checkArticle would find nothing wrong, decided without building a YAML Document: the
 * front matter is ordinary YAML (read by the quick reader), valid by the schema, and its id
 * matches the file name. False means only "look closer": checkArticle then says what and where.
 */
export function isCleanArticle(text: string, filePath: string): boolean {
  const split = splitArticle(text);
  if (!split.frontMatter) return false;
  const value = quickFrontMatterValue(split.frontMatter.yaml);
  return value !== undefined && value.id === articleIdOf(filePath) && countSchemaErrors(value) === 0;
}
