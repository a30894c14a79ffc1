import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat, exportCorpus, ExportTargetExists, exportTargets } from '../../../core/formats/exportCorpus';
import { exists } from '../../../core/formats/outputFile';
import type { ArticlesTreeProvider } from '../articles/articlesTree';
import type { CorpusLocator } from '../../services/corpusLocator';
import { taggerFor } from '../../services/workspaceTagger';
import { chosenArticles } from './chooseArticles';
import { formatWorkers, LOOKAHEAD_PER_WORKER, taggerFiles } from './formatWorkers';

/** Arguments a script or test may pass instead of answering the pickers. */
export interface ExportArguments { format?: ExportFormat; folder?: vscode.Uri; tags?: 'accepted' | 'all'; withoutBoilerplate?: boolean; replace?: boolean; uris?: vscode.Uri[] }

const FORMAT_LABELS: Record<ExportFormat, () => string> = {
  jsonl: () => vscode.l10n.t('JSONL (spaCy, Prodigy): one article a line, offsets in code points'),
  conll: () => vscode.l10n.t('CoNLL IOB2, with a sidecar of offsets'),
  brat: () => vscode.l10n.t('brat standoff: a .txt and an .ann per article'),
  csv: () => vscode.l10n.t('CSV for spreadsheets: one row per entity'),
};

/** The export's file (or brat folder) in the chosen folder, named after the corpus folder. */
export function exportTarget(folder: vscode.Uri, corpusName: string, format: ExportFormat): string {
  return path.join(folder.fsPath, format === 'brat' ? `${corpusName}-brat` : `${corpusName}.${format}`);
}

async function ask(args: ExportArguments): Promise<Required<Pick<ExportArguments, 'format' | 'folder' | 'tags'>> | undefined> {
  const format = args.format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((id) => ({ label: id, description: FORMAT_LABELS[id](), id })), { title: vscode.l10n.t('Export Corpus: format') }))?.id;
  if (!format) return undefined;
  const tags = args.tags ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t('Accepted tags'), description: vscode.l10n.t('the tags the curator accepted'), id: 'accepted' as const },
    { label: vscode.l10n.t('All tags'), description: vscode.l10n.t('pending tags too'), id: 'all' as const },
  ], { title: vscode.l10n.t('Export Corpus: tags') }))?.id;
  if (!tags) return undefined;
  const folder = args.folder ?? (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: vscode.l10n.t('Export Here') }))?.[0];
  return folder ? { format, tags, folder } : undefined;
}

export function registerExportCommand(locator: CorpusLocator, articles: ArticlesTreeProvider, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('corpusCurator.exportCorpus', async (first?: unknown, selected?: unknown): Promise<string | undefined> => {
    const args: ExportArguments = first !== null && typeof first === 'object' && !('type' in first) ? first : {};
    const uris = args.uris ?? chosenArticles(articles, first, selected).uris;
    const root = locator.corpusRoots[0];
    if (uris.length === 0 || !root) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no articles to export.'));
      return undefined;
    }
    const answers = await ask(args);
    if (!answers) return undefined;
    const out = exportTarget(answers.folder, path.basename(root.fsPath), answers.format);
    let force = args.replace === true;
    if (!force) {
      const existing = (await Promise.all(exportTargets(answers.format, out).map(exists))).some(Boolean);
      if (existing) {
        const replace = vscode.l10n.t('Replace');
        const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists. Replace it?', path.basename(out)), { modal: true }, replace);
        if (answer !== replace) return undefined;
        force = true;
      }
    }
    const tagger = taggerFor(root);
    // Articles are read and tagged on worker threads; this thread only writes the export.
    const workers = formatWorkers(uris.length);
    const { gazetteerFile, entitiesFile } = taggerFiles(root);
    const exportOptions = { tags: answers.tags, withoutBoilerplate: args.withoutBoilerplate === true };
    try {
      const summary = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} articles as {1}', uris.length, answers.format), cancellable: true },
        (progress, token) => exportCorpus({
          files: uris.map((uri) => uri.fsPath), format: answers.format, out, force, ...exportOptions, tagger,
          computeDocument: (file) => workers.get().computeExport(file, exportOptions, gazetteerFile, entitiesFile),
          lookahead: LOOKAHEAD_PER_WORKER * workers.size,
          isCancelled: () => token.isCancellationRequested,
          onProgress: (done, total) => { progress.report({ message: `${done}/${total}`, increment: 100 / total }); },
        }),
      );
      if (summary.status === 'cancelled') {
        void vscode.window.showInformationMessage(vscode.l10n.t('The export was cancelled; nothing was written.'));
        return undefined;
      }
      for (const failure of summary.failed) output.appendLine(`${vscode.workspace.asRelativePath(failure.file)}:1: ${failure.message}`);
      const message = vscode.l10n.t('Exported {0} articles ({1} tags) to {2}.', summary.articles, summary.spans, out);
      if (summary.failed.length > 0) void vscode.window.showWarningMessage(`${message} ${vscode.l10n.t('{0} could not be read; see the output.', summary.failed.length)}`);
      else void vscode.window.showInformationMessage(message);
      return out;
    } catch (error) {
      const text = error instanceof ExportTargetExists ? error.message : error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(vscode.l10n.t('The export failed: {0}. Nothing was written.', text));
      return undefined;
    } finally {
      await workers.close();
    }
  });
}
