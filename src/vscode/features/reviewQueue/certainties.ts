import * as vscode from 'vscode';
import type { IndexedArticle } from '../../../core/corpus/corpusIndex';
import { type ArticleCertainty, CERTAIN, type QueueCandidate, articleCertainty } from '../../../core/corpus/uncertainty';
import { tagArticleText } from '../../../core/decisions/articleTags';
import { currentText } from '../../edits/planEdit';
import { taggerFor } from '../../services/workspaceTagger';
import type { Tagger } from '../../../core/tagging/types';
import { TimeSlices } from '../../../core/timeSlices';

/** The extension host's event loop is given back this often while articles are tagged (one article takes a few ms more). */
const SLICE_MS = 10;
/** Past this many articles to tag, a notification shows the progress. */
const NOTIFY_ABOVE = 50;

/**
 * The certainty of each unreviewed article, for the review queue. The index knows it for articles
 * without front matter (it tags them); the others are tagged here once per content (kept by
 * content hash), in slices that leave the event loop free, with progress shown when it is long.
 */
export class ArticleCertainties {
  // The tagger held weakly: a replaced tagger (a new workspace model) is not kept alive by this map.
  private readonly known = new Map<string, { hash: string; tagger: WeakRef<Tagger>; certainty: ArticleCertainty; pending: number }>();

  async of(articles: readonly IndexedArticle[], token?: vscode.CancellationToken): Promise<QueueCandidate[]> {
    const missing = articles.filter((article) => this.lookup(article) === undefined);
    if (missing.length > NOTIFY_ABOVE) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Weighing the articles to review'), cancellable: true }, async (progress, cancel) => {
        await this.compute(missing, cancel, (done) => { progress.report({ message: `${done}/${missing.length}`, increment: 100 / missing.length }); });
      });
    } else await this.compute(missing, token);
    return articles.flatMap((article) => {
      const found = this.lookup(article);
      return found ? [{ path: article.path, pending: found.pending, certainty: found.certainty }] : [];
    });
  }

  private lookup(article: IndexedArticle): { certainty: ArticleCertainty; pending: number } | undefined {
    if (article.summary.certainty) return { certainty: article.summary.certainty, pending: article.summary.pending };
    const known = this.known.get(article.path);
    // A new workspace model (or gazetteer) makes another tagger: what the old one was sure of no longer counts.
    return known?.hash === article.hash && known.tagger.deref() === taggerFor(vscode.Uri.file(article.path)) ? known : undefined;
  }

  private async compute(articles: readonly IndexedArticle[], token?: vscode.CancellationToken, onDone?: (done: number) => void): Promise<void> {
    const slices = new TimeSlices(SLICE_MS);
    for (const [i, article] of articles.entries()) {
      if (token?.isCancellationRequested) return;
      await slices.pauseIfDue();
      const uri = vscode.Uri.file(article.path);
      const current = await currentText(uri);
      if (!('text' in current)) continue;
      const tagger = taggerFor(uri);
      const tags = tagArticleText(current.text, article.path, tagger).tags;
      const pending = tags.filter((tag) => tag.status === 'pending').length;
      this.known.set(article.path, { hash: article.hash, tagger: new WeakRef(tagger), certainty: pending === 0 ? CERTAIN : articleCertainty(tags), pending });
      onDone?.(i + 1);
    }
  }
}
