import * as vscode from 'vscode';
import { inflectedFormsAcross } from '../../../core/decisions/inflectedForms';
import { type LearnedName, learnName } from '../../../core/decisions/learnedNames';
import { tagArticleText } from '../../../core/decisions/articleTags';
import type { Gazetteer } from '../../../core/tagging/gazetteer/gazetteer';
import type { LanguageCode } from '../../../core/tagging/types';
import type { CorpusIndexService } from '../../services/indexService';
import { currentText } from '../../edits/planEdit';
import { gazetteerFor, taggerFor, workspaceGazetteerFile } from '../../services/workspaceTagger';
import { TimeSlices } from '../../../core/timeSlices';
import { onDidRecordDecisions, type RecordedDecisions } from '../../services/decisionsRecorded';

/** The event loop is given back this often while the corpus is read. */
const SLICE_MS = 10;

/** A name the gazetteer already has (any language, canonical or alias): it is found in every form already. */
function knows(gazetteer: Gazetteer, kind: string, name: string): boolean {
  return gazetteer.entries.some((entry) => entry.kind === kind && (Object.values(entry.names).includes(name) || Object.values(entry.aliases ?? {}).some((aliases) => aliases.includes(name))));
}

/**
 * Tag Selection and accepted names apply everywhere: a name the curator tags or accepts, and the
 * gazetteers do not know, is looked for across the corpus (the articles of its language) in
 * every inflected form, and the forms found go into the workspace gazetteer
 * (.corpus/gazetteer.yaml) under the curator's canonical name. The tagger then finds them in
 * every article as pending tags, which the curator accepts or rejects there: suggestions, never
 * decisions. Setting: `corpusCurator.tags.proposeEverywhere`.
 */
export class ProposeEverywhere implements vscode.Disposable {
  private queue: Promise<void> = Promise.resolve();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: CorpusIndexService) {
    this.subscription = onDidRecordDecisions((event) => {
      this.queue = this.queue.then(() => this.propose(event)).catch((error: unknown) => {
        void vscode.window.showWarningMessage(vscode.l10n.t('The name was not proposed in the other articles: {0}', error instanceof Error ? error.message : String(error)));
      });
    });
  }

  /** Resolves when every proposal asked for so far is written. */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  private async propose({ uri, decisions }: RecordedDecisions): Promise<void> {
    if (!vscode.workspace.getConfiguration('corpusCurator', uri).get<boolean>('tags.proposeEverywhere', true)) return;
    const file = workspaceGazetteerFile(uri);
    if (file === undefined || !vscode.workspace.isTrusted) return;
    const gazetteer = gazetteerFor(uri);
    const wanted = decisions.flatMap((decision) => (
      (decision.type === 'add' || decision.type === 'accept') && decision.kind !== 'DATE' && (decision.type === 'add' || !knows(gazetteer, decision.kind, decision.name))
        ? [{ kind: decision.kind, name: decision.name, text: decision.type === 'add' ? decision.text : undefined }] : []));
    if (wanted.length === 0) return;
    const current = await currentText(uri);
    if (!('text' in current)) return;
    const tagged = tagArticleText(current.text, uri.fsPath, taggerFor(uri));
    if (tagged.lang === 'und') return;
    const lang: LanguageCode = tagged.lang;
    const texts = await this.corpusTexts(lang);
    const learned: LearnedName[] = wanted.map(({ kind, name, text }) => {
      const written = new Set([name, ...(text === undefined ? [] : [text]), ...tagged.tags.filter((tag) => tag.kind === kind && tag.name === name).map((tag) => tag.text)]);
      const forms = new Set([...written].flatMap((form) => inflectedFormsAcross(texts, form, lang)));
      return { kind, lang, name, forms: [...forms] };
    });
    await this.write(vscode.Uri.file(file), learned);
  }

  /** The text of every article of the language (or of no known language), open editors' text first. */
  private async corpusTexts(lang: LanguageCode): Promise<string[]> {
    await this.index.whenIndexed();
    const texts: string[] = [];
    const slices = new TimeSlices(SLICE_MS);
    for (const article of this.index.articles()) {
      if (article.summary.language !== undefined && article.summary.language !== lang) continue;
      await slices.pauseIfDue();
      const current = await currentText(vscode.Uri.file(article.path));
      if ('text' in current) texts.push(current.text);
    }
    return texts;
  }

  /** Writes the learned names into the gazetteer file as one undoable edit, and saves it. */
  private async write(uri: vscode.Uri, learned: readonly LearnedName[]): Promise<void> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    let existing = open?.getText();
    if (existing === undefined) {
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        existing = '';
      }
    }
    let text = existing;
    const proposed: string[] = [];
    for (const name of learned) {
      const outcome = learnName(text, name);
      if (outcome.status === 'invalid') {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not learn {1}: {2}', vscode.workspace.asRelativePath(uri), name.name, outcome.message));
        return;
      }
      if (outcome.status === 'changed') {
        text = outcome.text;
        proposed.push(name.name);
      }
    }
    if (text === existing) return;
    const edit = new vscode.WorkspaceEdit();
    if (open === undefined && existing === '') edit.createFile(uri, { overwrite: true, contents: new TextEncoder().encode(text) });
    else {
      const document = open ?? await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    }
    if (!await vscode.workspace.applyEdit(edit)) return;
    const saved = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (saved?.isDirty) await saved.save();
    const forms = learned.reduce((sum, name) => sum + name.forms.length, 0);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Proposed {0} across the corpus ({1} forms found)', proposed.join(', '), forms), 5000);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
