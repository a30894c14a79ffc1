import { type Block, parseBlocks } from './blocks';
import { findBoilerplate, type BoilerplateBlock } from './detect/boilerplate';
import type { BoilerplateReason } from './detect/boilerplatePatterns';
import { bylineOf } from './detect/byline';
import { type Dateline, datelineOf } from './detect/dateline';
import { firstFullDate, placeDateline } from './detect/writtenDate';
import { findSource, type SourceMention } from './detect/source';
import { detectTitle, titleText } from './detect/title';
import { splitArticle, type SplitArticle } from './frontMatterBlock';
import { workCounts } from '../workCounts';

/** What the text alone says about an article, with offsets into the file text. */
export interface ArticleAnalysis {
  split: SplitArticle;
  blocks: Block[];
  title: string | undefined;
  titleBlock: Block | undefined;
  lede: Block | undefined;
  authors: string[];
  source: SourceMention | undefined;
  published: Dateline | undefined;
  boilerplate: BoilerplateBlock[];
  /** The running text: every block that is neither title nor boilerplate. */
  contentBlocks: Block[];
}

export function analyzeArticle(text: string, options: { plainText: boolean }): ArticleAnalysis {
  workCounts.analyses++;
  const split = splitArticle(text);
  const blocks = parseBlocks(split.body, split.bodyStart, options);
  const { title, siteHeader } = detectTitle(blocks);
  const known = new Map<Block, BoilerplateReason>();
  if (siteHeader) known.set(siteHeader, 'site-header');

  let authors: string[] = [];
  let published: Dateline | undefined;
  let bylineDate: Dateline | undefined;
  for (const block of blocks) {
    const byline = bylineOf(block);
    if (byline && authors.length === 0) {
      // «Автор: Жанат Эрнст, 29 мая 2024»: the date is the publication's, not an author.
      const date = firstFullDate(block.text);
      authors = date ? byline.authors.filter((name) => !block.text.slice(date.start, date.end).includes(name) && !name.includes(block.text.slice(date.start, date.end))) : byline.authors;
      if (date) bylineDate ??= { value: date.value, precision: 'day', block, source: 'byline' };
      known.set(block, 'byline');
    }
    const dateline = datelineOf(block);
    if (dateline) {
      published ??= dateline;
      known.set(block, 'dateline');
    }
  }
  const boilerplate = findBoilerplate(blocks, known);
  const furniture = new Set(boilerplate.map((entry) => entry.block));
  const contentBlocks = blocks.filter((block) => block !== title && !furniture.has(block));
  const firstParagraph = contentBlocks.find((block) => block.kind === 'paragraph');
  const placed = firstParagraph ? placeDateline(firstParagraph.text) : undefined;
  if (!published && placed && firstParagraph) published = { value: placed.value, precision: 'day', block: firstParagraph, source: 'dateline' };
  published ??= bylineDate;
  return {
    split,
    blocks,
    title: title ? titleText(title) : undefined,
    titleBlock: title,
    lede: contentBlocks.find((block) => block.kind === 'paragraph'),
    authors,
    source: findSource(contentBlocks),
    published,
    boilerplate,
    contentBlocks,
  };
}
