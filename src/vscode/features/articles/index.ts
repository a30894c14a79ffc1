import type * as vscode from 'vscode';
import type { CorpusCuratorApi } from '../../api';
import { snapshot } from '../../common/snapshot';
import type { Services } from '../../services';
import { registerOpenArticle } from './openArticle';
import { registerCorpusViewCommands } from './viewCommands';

type ArticlesApi = Pick<CorpusCuratorApi, 'listArticles' | 'articlesViewDescription' | 'selectedArticles' | 'articlesTree'>;

/** The Articles view (grouping, filter, Mark as Reviewed) and Open Article. */
export function activate(context: vscode.ExtensionContext, { articles, corpusIndex }: Services): ArticlesApi {
  context.subscriptions.push(
    registerCorpusViewCommands(articles, corpusIndex),
    articles.createView(),
    registerOpenArticle(articles),
  );
  return {
    listArticles: async () => {
      await corpusIndex.whenIndexed();
      return articles.allArticles().map((item) => item.uri);
    },
    articlesViewDescription: () => articles.description,
    selectedArticles: () => articles.selection().map((item) => item.uri),
    articlesTree: snapshot(articles),
  };
}
