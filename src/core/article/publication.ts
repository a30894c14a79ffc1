import type { ArticleAnalysis } from './analyze';
import { checkIsoDate } from '../text/isoDate';
import { fingerprint } from '../text/fingerprint';

/** Where the publication date (the anchor of relative dates) comes from. */
export type PublicationSource = 'hand' | 'dateline' | 'byline';
export interface Publication { value: string; source: PublicationSource }

/**
 * The article's publication date: the front matter's `published` when a person wrote or edited
 * it (it no longer matches what the writer recorded), else the dateline's or the byline's.
 */
export function publicationOf(frontMatter: Record<string, unknown> | undefined, generated: Readonly<Record<string, string>>, analysis: ArticleAnalysis): Publication | undefined {
  const written = frontMatter?.published;
  if (typeof written === 'string' && checkIsoDate(written).ok && !written.includes('/')) {
    const recorded = generated.published;
    if (recorded === undefined || fingerprint(written) !== recorded) return { value: written, source: 'hand' };
  }
  return analysis.published ? { value: analysis.published.value, source: analysis.published.source } : undefined;
}
