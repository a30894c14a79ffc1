import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/vscode/api';
import { extension, waitFor, workspaceRoot } from './helpers';

const ARTICLE_A = 'zz_shalqar_a.txt';
const ARTICLE_B = 'zz_shalqar_b.txt';
const KAZAKH_A = 'Шалқарда жаңа мектеп ашылды\n\nАқпан айында Шалқарда үш жүз оқушыға арналған жаңа мектеп ашылды. Мектептің құрылысына облыс әкімдігі қаржы бөлді. Ата-аналар бұл жаңалықты қуанышпен қабылдады.\n';
const KAZAKH_B = 'Шалқарға туристер келді\n\nБиыл жазда Шалқарға шетелдік туристер көп келді. Қонақтар Шалқардың тарихымен және көлдің жағасындағы табиғатпен танысты. Жергілікті тұрғындар оларды дастарханға шақырды.\n';

async function rowsWhere(what: string, predicate: (rows: TreeSnapshot[]) => boolean): Promise<TreeSnapshot[]> {
  let last: TreeSnapshot[] = [];
  return waitFor(async () => {
    await extension().exports.whenIndexed();
    last = await extension().exports.articlesTree(1);
    return predicate(last) ? last : undefined;
  }, what).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the tree showed ${JSON.stringify(last.map((row) => [row.label, row.description]))}`);
  });
}

function pendingOf(row: TreeSnapshot): number {
  return Number(/ · (\d+) pending$/u.exec(row.description)?.[1] ?? 0);
}

/** The tag lines of an article's paragraph lenses' tooltips (`Шалқар — Place (LOC)`). */
async function tagLines(uri: vscode.Uri): Promise<string[]> {
  await vscode.workspace.openTextDocument(uri);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return lenses.flatMap((lens) => (lens.command?.tooltip ?? '').split('\n'));
}

/** The workspace gazetteer's text, or undefined when there is none. */
function gazetteerText(): string | undefined {
  try {
    return readFileSync(path.join(workspaceRoot().fsPath, '.corpus', 'gazetteer.yaml'), 'utf8');
  } catch {
    return undefined;
  }
}

describe('Review queue and names proposed across the corpus', () => {
  let gazetteerAtStart: string | undefined;

  before(async () => {
    gazetteerAtStart = gazetteerText();
    await vscode.commands.executeCommand('workbench.view.extension.corpusCurator');
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('corpusCurator.sortArticlesBy', 'path');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // Accepting tags proposes their names across the corpus: the suites after this one find the
  // workspace gazetteer as it was, once the proposals made here are written.
  after(async () => {
    await extension().exports.proposalsSettled();
    const file = path.join(workspaceRoot().fsPath, '.corpus', 'gazetteer.yaml');
    if (gazetteerAtStart === undefined) rmSync(file, { force: true });
    else writeFileSync(file, gazetteerAtStart);
  });

  it('sorts the Articles view by pending tags, most first, says so, and asks when a menu passes a tree item', async () => {
    await vscode.commands.executeCommand('corpusCurator.sortArticlesBy', 'pending');
    const rows = await rowsWhere('articles sorted by pending tags', (all) => all.length >= 5 && all.every((row, i) => i === 0 || pendingOf(all[i - 1] as TreeSnapshot) >= pendingOf(row)));
    assert.ok(pendingOf(rows[0] as TreeSnapshot) > pendingOf(rows.at(-1) as TreeSnapshot), `the counts differ: ${rows.map((row) => row.description).join(' | ')}`);
    assert.match(extension().exports.articlesViewDescription(), /most pending first/u);
    let settled = false;
    const asking = vscode.commands.executeCommand('corpusCurator.sortArticlesBy', { type: 'article', uri: vscode.Uri.joinPath(workspaceRoot(), '004_df8d99c26602f3bf.txt') }).then(() => { settled = true; });
    await waitFor(async () => {
      if (settled) return true;
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return undefined;
    }, 'the pick to close');
    await asking;
    assert.match(extension().exports.articlesViewDescription(), /most pending first/u, 'the order stays as it was');
  });

  it('Review Next Article opens the article the tagger is least sure of, then the next one, and leaves reviewed articles out', async () => {
    const queue = await extension().exports.reviewQueue();
    assert.ok(queue.length >= 5, `every unreviewed article is weighed: ${queue.length}`);
    for (const [i, candidate] of queue.entries()) {
      const previous = queue[i - 1];
      assert.ok(candidate.certainty.lowest >= 0 && candidate.certainty.mean <= 1);
      if (previous) assert.ok(previous.certainty.lowest < candidate.certainty.lowest || (previous.certainty.lowest === candidate.certainty.lowest && previous.certainty.mean <= candidate.certainty.mean), 'least sure first');
    }
    const [first, second] = queue;
    assert.ok(first && second);
    const original = readFileSync(first.path, 'utf8');
    try {
      const opened = await vscode.commands.executeCommand<vscode.Uri>('corpusCurator.reviewNextArticle');
      assert.equal(opened.fsPath, first.path);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.fsPath, first.path, 'the least sure article is in the editor');
      assert.ok(editor && !editor.selection.isEmpty, 'the cursor is on its least sure pending tag');
      // The article in the editor is the one under review: the command goes on to the next.
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('corpusCurator.reviewNextArticle')).fsPath, second.path);
      await vscode.commands.executeCommand('corpusCurator.acceptAllAndMarkReviewed', { type: 'article', uri: vscode.Uri.file(first.path) });
      const reviewed = readFileSync(first.path, 'utf8');
      assert.match(reviewed, /^status: reviewed$/mu);
      // The article may have front matter from earlier suites: its body, after the front matter, is what must not change.
      const body = original.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '');
      assert.ok(body.length > 0 && reviewed.endsWith(body), 'the body is unchanged');
      await waitFor(async () => ((await extension().exports.reviewQueue()).every((candidate) => candidate.path !== first.path) ? true : undefined), 'the reviewed article to leave the queue');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      assert.notEqual((await vscode.commands.executeCommand<vscode.Uri>('corpusCurator.reviewNextArticle')).fsPath, first.path, 'a reviewed article is not offered again');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await extension().exports.proposalsSettled();
      writeFileSync(first.path, original);
    }
    await waitFor(async () => ((await extension().exports.reviewQueue()).some((candidate) => candidate.path === first.path) ? true : undefined), 'the restored article back in the queue');
  });

  it('Mark as Reviewed with pending tags asks first, in a modal question, and accepts them all on request', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_review_ask.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Новая статья о правах человека\n\nВ Павлодаре прошла встреча Уполномоченного по правам человека в Республике Казахстан с жителями города.\n', 'utf8'));
    const description = async (what: string, pattern: RegExp): Promise<void> => {
      await rowsWhere(what, (all) => pattern.test(all.find((row) => row.label === 'Новая статья о правах человека')?.description ?? ''));
    };
    try {
      await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
      await description('a draft with pending tags', /^ru · — · draft · [1-9]\d* pending$/u);
      // A test host refuses to show modal dialogs and says what it was asked: what the curator would have read.
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('corpusCurator.markReviewed', { type: 'article', uri })), /refused to show dialog in tests.*tags? of this article (is|are) still pending/su);
      assert.match(readFileSync(uri.fsPath, 'utf8'), /^status: draft$/mu, 'nothing is marked without an answer');
      await vscode.commands.executeCommand('corpusCurator.acceptAllAndMarkReviewed', { type: 'article', uri });
      const text = readFileSync(uri.fsPath, 'utf8');
      assert.match(text, /^status: reviewed$/mu);
      assert.match(text, /^curation:\n {2}accepted:\n {4}- \{kind: /mu);
      await description('reviewed, nothing pending', /^ru · — · reviewed$/u);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Tag Selection proposes the name in its inflected forms in the other articles, as pending tags', async () => {
    const first = vscode.Uri.joinPath(workspaceRoot(), ARTICLE_A);
    const second = vscode.Uri.joinPath(workspaceRoot(), ARTICLE_B);
    const gazetteer = path.join(workspaceRoot().fsPath, '.corpus', 'gazetteer.yaml');
    await extension().exports.proposalsSettled();
    await vscode.workspace.fs.writeFile(first, Buffer.from(KAZAKH_A, 'utf8'));
    await vscode.workspace.fs.writeFile(second, Buffer.from(KAZAKH_B, 'utf8'));
    try {
      await rowsWhere('both Kazakh articles', (all) => ['Шалқарда жаңа мектеп ашылды', 'Шалқарға туристер келді'].every((label) => all.some((row) => row.label === label && row.description.startsWith('kk · '))));
      // The model alone takes Шалқар for a person: nothing proposes the place yet.
      const before = await tagLines(second);
      assert.ok(!before.includes('Шалқар — Place (LOC)'), `no place Шалқар in the other article before: ${before.join(' | ')}`);
      // The curator selects the name's stem in the first article and tags it as a place.
      const editor = await vscode.window.showTextDocument(first);
      const at = editor.document.getText().indexOf('Шалқарда үш');
      editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 'Шалқар'.length));
      await vscode.commands.executeCommand('corpusCurator.tagSelectionAs', 'LOC', 'Шалқар');
      assert.match(readFileSync(first.fsPath, 'utf8'), /^ {2}added:\n {4}- \{kind: LOC, name: Шалқар, text: Шалқар\}$/mu);
      // The other article shows the name in each of its forms, pending, and its file is untouched.
      await extension().exports.proposalsSettled();
      await waitFor(async () => ((await tagLines(second)).includes('Шалқар — Place (LOC)') ? true : undefined), 'Шалқар proposed in the other article');
      assert.equal(readFileSync(second.fsPath, 'utf8'), KAZAKH_B, 'a proposal is no decision: the other article is not written');
      const learned = readFileSync(gazetteer, 'utf8');
      for (const form of ['Шалқарда', 'Шалқардың', 'Шалқарға']) assert.ok(learned.includes(`- ${form}\n`), `the workspace gazetteer learned ${form}: ${learned}`);
      // The curator walks the other article's pending tags with the keyboard: each form is one.
      const other = await vscode.window.showTextDocument(second);
      other.selection = new vscode.Selection(0, 0, 0, 0);
      const visited: string[] = [];
      for (let step = 0; step < 6; step++) {
        await vscode.commands.executeCommand('corpusCurator.nextPendingTag');
        visited.push(other.document.getText(other.selection));
      }
      for (const form of ['Шалқарға', 'Шалқардың']) assert.ok(visited.includes(form), `${form} is a pending tag: ${visited.join(', ')}`);
      await rowsWhere('the other article\'s row to list the place', (all) => /Places \(LOC\): [^\n]*Шалқар/u.test(all.find((row) => row.label === 'Шалқарға туристер келді')?.tooltip ?? ''));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(first);
      await vscode.workspace.fs.delete(second);
    }
  });
});
