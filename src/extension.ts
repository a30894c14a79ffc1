import type * as vscode from 'vscode';
import type { CorpusCuratorApi } from './vscode/api';
import type { Feature } from './vscode/feature';
import * as articleLanguage from './vscode/features/articleLanguage';
import * as articles from './vscode/features/articles';
import * as corpusFolder from './vscode/features/corpusFolder';
import * as curation from './vscode/features/curation';
import * as diagnostics from './vscode/features/diagnostics';
import * as entities from './vscode/features/entities';
import * as folding from './vscode/features/folding';
import * as formats from './vscode/features/formats';
import * as frontMatter from './vscode/features/frontMatter';
import * as learning from './vscode/features/learning';
import * as review from './vscode/features/review';
import * as reviewQueue from './vscode/features/reviewQueue';
import * as proposeEverywhere from './vscode/features/proposeEverywhere';
import { createServices } from './vscode/services';

/** Every feature, in the order it is activated (code lens providers show in this order). */
const FEATURES: readonly Feature[] = [review, entities, articles, reviewQueue, diagnostics, frontMatter, formats, curation, proposeEverywhere, articleLanguage, folding, corpusFolder, learning];

export function activate(context: vscode.ExtensionContext): CorpusCuratorApi {
  const services = createServices(context);
  const parts: Partial<CorpusCuratorApi>[] = [{
    corpusRoots: () => services.locator.corpusRoots,
    whenIndexed: () => services.corpusIndex.whenIndexed(),
    taggerBuilds: () => services.taggers.builds,
  }];
  for (const feature of FEATURES) parts.push(feature.activate(context, services) ?? {});
  return completeApi(Object.assign({}, ...parts) as Partial<CorpusCuratorApi>);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

const API_MEMBERS: Record<keyof CorpusCuratorApi, true> = {
  corpusRoots: true, listArticles: true, whenIndexed: true, articlesViewDescription: true, selectedArticles: true, articlesTree: true, entitiesTree: true, entitiesSelection: true, metadataChangesTree: true, learning: true, reviewQueue: true, proposalsSettled: true, taggerBuilds: true,
};

/** The API the features together provide; a member no feature provides is a programming error. */
function completeApi(api: Partial<CorpusCuratorApi>): CorpusCuratorApi {
  const missing = (Object.keys(API_MEMBERS) as (keyof CorpusCuratorApi)[]).filter((member) => api[member] === undefined);
  if (missing.length > 0) throw new Error(`No feature provides ${missing.join(', ')}`);
  return api as CorpusCuratorApi;
}
