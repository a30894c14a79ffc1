import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { extension, seedUri, waitFor, workspaceRoot } from './helpers';

const DECIDED = '004_df8d99c26602f3bf.txt';
/**
 * A later Azerbaijani article, written for this test: names the shipped tagger knows only by their
 * shape, and the words the curator rejects as a name in the decided article.
 */
const LATER = '900_learning_later.txt';
/** The words the curator rejects as a name, and the entity's canonical name the decision records (a prefix of the words, so a lens shows either). */
const REJECTED = 'Ombudsman Aparatından';
const REJECTED_NAME = 'Ombudsman Aparatı';
const LATER_TEXT = [
  'Bakıda hüquq müdafiəçiləri toplaşıb',
  '',
  'Müşavirədə Kamran Hüseynzadə və Gülnar Rzayeva çıxış ediblər. Hüquq müdafiəçisi Leyla Yunus Sumqayıtda keçirilən tədbirdə Beynəlxalq Amnistiya təşkilatının hesabatını təqdim edib.',
  '',
  `${REJECTED} AZƏRTAC-a verilən məlumata görə, görüş Bakıda keçirilib.`,
  '',
  'Rauf Mirqədirov da tədbirdə iştirak edib.',
  '',
].join('\n');
/** An Azerbaijani article, written for this test, in which the curator added a name in its genitive. */
const TAUGHT = '901_learning_taught.txt';
const TAUGHT_TEXT = [
  '---', 'language: az', 'curation:', '  added:', '    - {kind: PER, name: Rauf Mirqədirov, text: Rauf Mirqədirovun}', '---',
  'Jurnalist Rauf Mirqədirovun məqaləsi müzakirə olunub.', '',
].join('\n');

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join('\n');
}

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return found.map((lens) => lens.command?.title ?? '').filter((title) => title.includes(' · ')).sort();
}

describe('The workspace model learns from the decisions', function () {
  this.timeout(120000);
  const later = seedUri(LATER);
  const decided = seedUri(DECIDED);
  const modelFile = path.join(workspaceRoot().fsPath, '.corpus', 'model', 'entities.model');
  let original = '';
  let shippedTitles: string[] = [];
  let learntTitles: string[] = [];

  before(async () => {
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('corpusCurator').update('learning.automatic', true, vscode.ConfigurationTarget.Global);
    original = readFileSync(decided.fsPath, 'utf8');
    writeFileSync(later.fsPath, LATER_TEXT);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    writeFileSync(decided.fsPath, original);
    rmSync(later.fsPath, { force: true });
    rmSync(seedUri(TAUGHT).fsPath, { force: true });
    await vscode.workspace.getConfiguration('corpusCurator').update('learning.automatic', false, vscode.ConfigurationTarget.Global);
    // Rebuilt from the decisions left (other suites' decisions on other articles).
    await vscode.commands.executeCommand('corpusCurator.learnFromDecisions');
  });

  it('after a batch of decisions on one article, rebuilds the model off the main thread and tags a later article differently', async () => {
    const api = extension().exports;
    await vscode.window.showTextDocument(later);
    const before = await waitFor(async () => { const titles = await lensTitles(later); return titles.length > 0 ? titles : undefined; }, 'the later article\'s lenses');
    assert.ok(before.some((title) => title.includes(REJECTED_NAME)), `the shipped tagger proposes ${REJECTED}: ${before.join(' | ')}`);
    const generation = api.learning.generation();
    await vscode.window.showTextDocument(decided);
    await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: decided.toString(), kind: 'PER', name: 'Səbinə Əliyeva' });
    await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: decided.toString(), kind: 'LOC', name: 'Çin' });
    await vscode.commands.executeCommand('corpusCurator.rejectTag', { uri: decided.toString(), kind: 'ORG', name: REJECTED_NAME });
    const text = (await vscode.workspace.openTextDocument(decided)).getText();
    // The decision format changed on 2026-11-30: `decisions`, one `{verb: KIND, name}` a line.
    assert.match(text, /^ {4}- \{reject: ORG, name: Ombudsman Aparatı\}$/mu, 'the decisions are in the front matter');
    // The decisions are learnt once the curator pauses: in one batch, or (when the commands come
    // slower than the pause, as on a loaded machine) in more, so the first rebuild seen may lack
    // the later decisions. Every decision made here is learnt once learning has settled.
    await waitFor(() => api.learning.generation() > generation, 'the model rebuilt from the decisions', 60000);
    await api.learning.settled();
    assert.ok(existsSync(modelFile), 'the workspace model is written under .corpus/model');
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(modelFile), 'entities.manifest.json'), 'utf8')) as { languages: string[]; articles: number };
    assert.ok(manifest.languages.includes('az'), manifest.languages.join(', '));
    await vscode.window.showTextDocument(later);
    const after = await waitFor(async () => { const titles = await lensTitles(later); return titles.join('\n') !== before.join('\n') ? titles : undefined; }, 'the later article tagged by the workspace model');
    assert.notDeepEqual(after, before);
    // The curator's memory: a form rejected in one article is not proposed in another.
    assert.ok(!after.some((title) => title.includes(REJECTED_NAME)), after.join(' | '));
    shippedTitles = before;
    learntTitles = after;
  });

  it('follows the model on disk: removed there (by hand, or git clean), the shipped model tags again', async () => {
    const api = extension().exports;
    assert.ok(existsSync(modelFile) && shippedTitles.length > 0, 'the model the test before learnt');
    await vscode.window.showTextDocument(later);
    await waitFor(async () => ((await lensTitles(later)).join('\n') === learntTitles.join('\n') ? true : undefined), 'the later article tagged by the workspace model');
    // A rebuild still to come (from decisions that came after an earlier batch) would write the
    // model again after it is removed here: the removal is made once nothing is left to learn.
    await api.learning.settled();
    const generation = api.learning.generation();
    const builds = api.taggerBuilds();
    for (const file of readdirSync(path.dirname(modelFile))) rmSync(path.join(path.dirname(modelFile), file));
    await waitFor(() => api.learning.generation() > generation, 'the removed model seen');
    const after = await waitFor(async () => { const titles = await lensTitles(later); return titles.join('\n') === shippedTitles.join('\n') ? titles : undefined; }, 'the later article tagged by the shipped model again');
    assert.deepEqual(after, shippedTitles);
    assert.ok(api.taggerBuilds() > builds, 'a new tagger, without the removed model');
  });

  it('proposes a name the curator added in one article in another, inflected otherwise, as a pending tag of the curator memory', async () => {
    const api = extension().exports;
    const generation = api.learning.generation();
    writeFileSync(seedUri(TAUGHT).fsPath, TAUGHT_TEXT);
    await vscode.commands.executeCommand('corpusCurator.learnFromDecisions');
    await waitFor(() => api.learning.generation() > generation, 'the model rebuilt with the added name');
    const document = await vscode.workspace.openTextDocument(later);
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('Rauf Mirqədirov') + 2);
    const text = await waitFor(async () => {
      const found = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', later, position));
      return found.includes('curator memory') ? found : undefined;
    }, 'the later article\'s tag from the curator memory');
    assert.match(text, /Rauf Mirqədirov/u);
    assert.match(text, /pending/iu);
  });
});
