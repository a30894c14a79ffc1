import * as path from 'node:path';
import * as vscode from 'vscode';
import { encodeArticle } from '../../../core/article/decode';
import type { FormatProblem } from '../../../core/formats/document';
import { type ImportPlan, importCorpus } from '../../../core/formats/importCorpus';
import type { ImportMode } from '../../../core/formats/importDocument';
import { articleIdOf } from '../../../core/metadata/articleId';
import type { ImportFormat } from '../../../core/formats/readInput';
import type { ArticlesTreeProvider } from '../articles/articlesTree';
import type { CorpusLocator } from '../../services/corpusLocator';
import { SETTINGS_SECTION } from '../../common/settings';
import { taggerFor } from '../../services/workspaceTagger';
import { chosenArticles } from './chooseArticles';
import { formatWorkers, LOOKAHEAD_PER_WORKER, taggerFiles } from './formatWorkers';

/** Arguments a script or test may pass instead of answering the pickers. */
export interface ImportArguments { input?: vscode.Uri; format?: ImportFormat; mode?: ImportMode; into?: vscode.Uri }

export function formatOfInput(file: string): ImportFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === '.jsonl' ? 'jsonl' : extension === '.conll' ? 'conll' : extension === '.ann' || extension === '' ? 'brat' : undefined;
}

async function ask(args: ImportArguments): Promise<Required<Pick<ImportArguments, 'input' | 'format' | 'mode'>> | undefined> {
  const input = args.input ?? (await vscode.window.showOpenDialog({
    canSelectFiles: true, canSelectFolders: true, canSelectMany: false, openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Annotations (JSONL, CoNLL, brat)')]: ['jsonl', 'conll', 'ann'] },
  }))?.[0];
  if (!input) return undefined;
  const format = args.format ?? formatOfInput(input.fsPath);
  if (!format) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a .jsonl, .conll or .ann file, or a brat folder.', path.basename(input.fsPath)));
    return undefined;
  }
  const mode = args.mode ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t('As gold'), description: vscode.l10n.t('accepted curator decisions, never proposed again'), id: 'gold' as const },
    { label: vscode.l10n.t('As suggestions'), description: vscode.l10n.t('pending tags, reviewed like the engine\'s'), id: 'suggestions' as const },
  ], { title: vscode.l10n.t('Import Annotations') }))?.id;
  return mode ? { input, format, mode } : undefined;
}

/** One WorkspaceEdit for every planned article: the refactor preview shows them before anything is written. */
async function editOf(plans: readonly ImportPlan[]): Promise<{ edit: vscode.WorkspaceEdit; stale: string[] }> {
  const preview = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('frontMatter.preview', 'auto');
  const needsConfirmation = preview === 'always' || (preview === 'auto' && plans.length > 1);
  const edit = new vscode.WorkspaceEdit();
  const stale: string[] = [];
  for (const plan of plans) {
    const uri = vscode.Uri.file(plan.file);
    const metadata = { label: plan.status === 'create' ? vscode.l10n.t('Import: new articles') : vscode.l10n.t('Import: annotations added'), description: vscode.workspace.asRelativePath(uri, false), needsConfirmation };
    if (plan.status === 'create') {
      edit.createFile(uri, { contents: encodeArticle({ text: plan.newText, bom: false }) }, metadata);
      continue;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== plan.previousText) { stale.push(plan.file); continue; }
    edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), plan.newText, metadata);
  }
  return { edit, stale };
}

export function registerImportCommand(locator: CorpusLocator, articles: ArticlesTreeProvider, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.importAnnotations', async (first?: unknown, selected?: unknown): Promise<{ created: number; updated: number; failed: number } | undefined> => {
    const args: ImportArguments = first !== null && typeof first === 'object' && !('type' in first) ? first : {};
    const chosen = chosenArticles(articles, first, selected);
    const root = args.into ?? locator.corpusRoots[0];
    if (!root) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a corpus folder first.'));
      return undefined;
    }
    const answers = await ask(args);
    if (!answers) return undefined;
    const plans: ImportPlan[] = [];
    const problems: FormatProblem[] = [];
    // Documents are tagged on worker threads; this thread only gathers the plans for the preview.
    const workers = formatWorkers();
    const { gazetteerFile, entitiesFile } = taggerFiles(root);
    const mode = answers.mode;
    const summary = await Promise.resolve(vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading annotations from {0}', path.basename(answers.input.fsPath)), cancellable: true },
      (progress, token) => {
        let seen = 0;
        const counted = (): void => { if (++seen % 10 === 0) progress.report({ message: vscode.l10n.t('{0} documents', seen) }); };
        return importCorpus({
          input: answers.input.fsPath, format: answers.format, into: root.fsPath, mode, force: false, tagger: taggerFor(root),
          computeOutcome: (document, existingText, file) => workers.get().computeImport(document, existingText, file, mode, false, gazetteerFile, entitiesFile),
          lookahead: LOOKAHEAD_PER_WORKER * workers.size,
          onPlan: (plan) => { plans.push(plan); counted(); }, onProblem: (problem) => { problems.push(problem); counted(); },
          isCancelled: () => token.isCancellationRequested,
          ...(chosen.selection ? { only: new Set(chosen.uris.map((uri) => articleIdOf(uri.fsPath))) } : {}),
        });
      },
    )).finally(workers.close);
    for (const problem of problems) output.appendLine(`${vscode.workspace.asRelativePath(problem.file)}:${problem.line}: ${problem.message}`);
    if (summary.cancelled) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The import was cancelled; nothing was written.'));
      return undefined;
    }
    const { edit, stale } = await editOf(plans);
    if (plans.length > 0 && !(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The import preview was discarded; nothing was written.'));
      return undefined;
    }
    for (const plan of plans) {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === plan.file);
      if (open?.isDirty && plan.status === 'update') await open.save();
    }
    const failed = summary.failed + stale.length;
    const message = vscode.l10n.t('Import: {0} new articles, {1} updated, {2} unchanged, {3} failed.', summary.created, summary.updated - stale.length, summary.unchanged, failed);
    if (failed > 0) {
      const show = vscode.l10n.t('Show Details');
      void vscode.window.showWarningMessage(message, show).then((answer) => { if (answer === show) output.show(true); });
    } else {
      void vscode.window.showInformationMessage(message);
    }
    return { created: summary.created, updated: summary.updated - stale.length, failed };
  });
}
