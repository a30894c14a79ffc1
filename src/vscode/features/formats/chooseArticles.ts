import type * as vscode from 'vscode';
import type { ArticleItem, ArticlesTreeProvider } from '../articles/articlesTree';

/** A command's articles: those it was given from the Articles view's context menu, else the whole corpus. */
export function chosenArticles(articles: ArticlesTreeProvider, item: unknown, selected: unknown): { uris: vscode.Uri[]; selection: boolean } {
  const isArticle = (value: unknown): value is ArticleItem => value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'article';
  const given = Array.isArray(selected) && selected.length > 0 ? selected.filter(isArticle) : isArticle(item) ? [item] : [];
  if (given.length > 0) return { uris: given.map((article) => article.uri), selection: true };
  return { uris: articles.allArticles().map((article) => article.uri), selection: false };
}
