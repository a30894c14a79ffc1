import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/vscode/api';
import { extension, waitFor, workspaceRoot } from './helpers';

const TITLED = [
  'Казахстан и Евросоюз переходят на новый уровень сотрудничества в сфере защиты прав человека',
  'Қазақстан БҰҰ алаңдарында: адам құқықтары және қарусыздану мәселелері талқыланды',
  'COP29 zamanı Ombudsman təsisatı tərəfindən panel müzakirələrin təşkili nəzərdə tutulub',
];

async function articleRows(): Promise<TreeSnapshot[]> {
  await extension().exports.whenIndexed();
  return extension().exports.articlesTree(2);
}

async function rowsWhere(what: string, predicate: (rows: TreeSnapshot[]) => boolean): Promise<TreeSnapshot[]> {
  let last: TreeSnapshot[] = [];
  return waitFor(async () => {
    last = await articleRows();
    return predicate(last) ? last : undefined;
  }, what).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; the tree showed ${JSON.stringify(last.map((row) => [row.label, row.description]))}`);
  });
}

describe('Corpus tree', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.view.extension.corpusCurator');
    await vscode.workspace.getConfiguration('corpusCurator').update('frontMatter.preview', 'never', vscode.ConfigurationTarget.Workspace);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('corpusCurator.groupArticlesBy', 'none');
    await vscode.commands.executeCommand('corpusCurator.clearArticleFilter');
  });

  it('lists the five articles by title, by file name where there is none, with language · date · status', async () => {
    const rows = await rowsWhere('five articles', (all) => all.length === 5);
    const labels = rows.map((row) => row.label);
    for (const title of TITLED) assert.ok(labels.includes(title), `${title} is listed`);
    assert.ok(labels.includes('000_a37ffc7efebda23c.txt') && labels.includes('001_eb5c65e7f4da4a69.txt'), 'untitled articles show their file names');
    // The pending count is the one the article's top lens shows.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), '003_c55b704b24c84185.txt'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
    const lensPending = / · (\d+) pending · /u.exec(lenses.map((lens) => lens.command?.title ?? '').join('\n'))?.[1];
    assert.ok(lensPending !== undefined && Number(lensPending) > 0);
    assert.equal(rows.find((row) => row.label === TITLED[1])?.description, `kk · 2026-02-27 · no front matter · ${lensPending} pending`);
    const tooltip = rows.find((row) => row.label === TITLED[1])?.tooltip ?? '';
    for (const line of ['id: 003\\_c55b704b24c84185', 'language: kk', 'published: 2026\\-02\\-27', 'Places (LOC): ', 'Қазақстан']) assert.ok(tooltip.includes(line), `the tooltip has "${line}": ${tooltip}`);
  });

  it('groups by language with counts: kk 2, ru 2, az 1', async () => {
    await vscode.commands.executeCommand('corpusCurator.groupArticlesBy', 'language');
    const groups = await rowsWhere('language groups', (all) => all.length === 3);
    assert.deepEqual(groups.map((group) => [group.label, group.description, group.children.length]), [['az', '1', 1], ['kk', '2', 2], ['ru', '2', 2]]);
  });

  it('filters by an entity, and says so', async () => {
    await vscode.commands.executeCommand('corpusCurator.filterArticles', 'Азимова');
    const rows = await rowsWhere('the filtered articles', (all) => all.length === 2);
    assert.deepEqual(rows.map((row) => row.label).sort(), ['001_eb5c65e7f4da4a69.txt', TITLED[0]].sort());
  });

  it('asks for a grouping and a filter when a menu passes the focused tree item, and keeps the view as it was', async () => {
    const item = { type: 'article', uri: vscode.Uri.joinPath(workspaceRoot(), '004_df8d99c26602f3bf.txt') };
    await vscode.commands.executeCommand('corpusCurator.groupArticlesBy', 'language');
    for (const command of ['corpusCurator.groupArticlesBy', 'corpusCurator.filterArticles']) {
      // The title-bar button runs the command with the tree item; the curator then dismisses the pick.
      let settled = false;
      const done = vscode.commands.executeCommand(command, item).then(() => { settled = true; }, (error: unknown) => { settled = true; throw error; });
      await waitFor(async () => {
        if (settled) return true;
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return undefined;
      }, `${command} to settle`);
      await done;
    }
    assert.equal(extension().exports.articlesViewDescription(), 'by language');
    const groups = await rowsWhere('language groups', (all) => all.length === 3);
    assert.deepEqual(groups.map((group) => group.label), ['az', 'kk', 'ru']);
  });

  it('changes an article\'s state when its front matter is written, and when it is marked reviewed', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_state_article.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Статья без заголовка начинается с текста.\nВторой абзац о Казахстане.\n', 'utf8'));
    try {
      const description = async (what: string, pattern: RegExp): Promise<void> => {
        await rowsWhere(what, (all) => pattern.test(all.find((row) => row.label === 'zz_state_article.txt')?.description ?? ''));
      };
      await description('the new article without front matter', /^ru · — · no front matter · [1-9]\d* pending$/u);
      await vscode.commands.executeCommand('corpusCurator.writeFrontMatter', uri);
      await description('the draft state with its pending tags', /^ru · — · draft · [1-9]\d* pending$/u);
      // Tags are pending: Mark as Reviewed asks first, in a modal question. A test host refuses to
      // show modal dialogs and says what it was asked, which is what the curator would have read.
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('corpusCurator.markReviewed', { type: 'article', uri })), /refused to show dialog in tests.*tags? of this article (is|are) still pending/su);
      assert.match(readFileSync(uri.fsPath, 'utf8'), /^status: draft$/mu, 'not marked reviewed without an answer');
      await vscode.commands.executeCommand('corpusCurator.acceptAllTags', uri);
      await description('no pending tags once all are accepted', /^ru · — · draft$/u);
      await vscode.commands.executeCommand('corpusCurator.markReviewed', { type: 'article', uri });
      await rowsWhere('the reviewed state', (all) => all.find((row) => row.label === 'zz_state_article.txt')?.description === 'ru · — · reviewed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
    await rowsWhere('the article to go', (all) => !all.some((row) => row.label === 'zz_state_article.txt'));
  });

  it('shows a new article without a refresh, and drops a deleted one', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_tree_article.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Жаңа мақаланың тақырыбы осында\n\nҚазақстан туралы мәтін.\n', 'utf8'));
    try {
      await rowsWhere('the new article', (all) => all.some((row) => row.label === 'Жаңа мақаланың тақырыбы осында'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await rowsWhere('the deleted article to go', (all) => !all.some((row) => row.label === 'Жаңа мақаланың тақырыбы осында'));
  });

  it('selects the article of the active editor, as the Explorer does, in a grouped view too', async () => {
    await vscode.commands.executeCommand('corpusCurator.groupArticlesBy', 'language');
    await rowsWhere('language groups', (all) => all.length === 3);
    for (const name of ['004_df8d99c26602f3bf.txt', '001_eb5c65e7f4da4a69.txt']) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), name);
      await vscode.window.showTextDocument(uri);
      await waitFor(() => (extension().exports.selectedArticles().map((selected) => selected.fsPath).join() === uri.fsPath ? true : undefined), `${name} selected in the Articles view`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the selected articles from the context menu, one tab each', async () => {
    const chosen = ['001_eb5c65e7f4da4a69.txt', '004_df8d99c26602f3bf.txt'].map((name) => ({ type: 'article', uri: vscode.Uri.joinPath(workspaceRoot(), name) }));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('corpusCurator.openArticles', chosen[0], chosen);
    const open = vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => (tab.input instanceof vscode.TabInputText ? tab.input.uri.fsPath : ''));
    assert.deepEqual(open.sort(), chosen.map((item) => item.uri.fsPath).sort());
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, chosen[1]?.uri.fsPath, 'the last one has the focus');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('follows a rename on disk: the article moves to its new name without a refresh', async () => {
    const before = vscode.Uri.joinPath(workspaceRoot(), 'zz_rename_before.txt');
    const after = vscode.Uri.joinPath(workspaceRoot(), 'zz_rename_after.txt');
    await vscode.workspace.fs.writeFile(before, Buffer.from('Статья без заголовка начинается с текста о Казахстане.\n', 'utf8'));
    try {
      await rowsWhere('the article under its first name', (all) => all.some((row) => row.label === 'zz_rename_before.txt'));
      await vscode.workspace.fs.rename(before, after);
      await rowsWhere('the article under its new name only', (all) => all.some((row) => row.label === 'zz_rename_after.txt') && !all.some((row) => row.label === 'zz_rename_before.txt'));
    } finally {
      await vscode.workspace.fs.delete(after).then(undefined, () => vscode.workspace.fs.delete(before));
    }
    await rowsWhere('the renamed article to go', (all) => !all.some((row) => row.label.startsWith('zz_rename_')));
  });

  it('lists an entity shared by two articles with both, and finds its mentions', async () => {
    await extension().exports.whenIndexed();
    const kinds = await extension().exports.entitiesTree(4);
    const people = kinds.find((kind) => kind.label === 'People');
    const azimova = people?.children.find((entity) => entity.label === 'Эльвира Азимова');
    assert.ok(azimova, 'Эльвира Азимова is listed');
    assert.match(azimova.description, /^2 articles · \d+ mentions$/u);
    assert.deepEqual(azimova.children.map((article) => article.label).sort(), ['001_eb5c65e7f4da4a69.txt', TITLED[0]].sort());
    assert.ok((azimova.children[0]?.children.length ?? 0) > 0, 'the mentions of the first article');
    // Each mention row is cut between words, and says where it was cut.
    const sources = await Promise.all(['001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt'].map(async (name) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), name)))));
    for (const mention of azimova.children.flatMap((article) => article.children)) {
      const words = mention.label.replace(/^…/u, '').replace(/…$/u, '');
      const at = sources.map((source) => source.indexOf(words)).find((index) => index >= 0) ?? -1;
      const source = sources.find((text) => text.includes(words)) ?? '';
      assert.ok(at >= 0, `the row is text of the article: ${mention.label}`);
      if (mention.label.startsWith('…')) assert.match(source.slice(at - 1, at), /\s/u, `starts at a word: ${mention.label}`);
      if (mention.label.endsWith('…')) assert.match(source.slice(at + words.length, at + words.length + 1), /\s/u, `ends at a word: ${mention.label}`);
    }
    assert.ok(azimova.children.flatMap((article) => article.children).some((mention) => mention.label.includes('…')), 'long lines are cut');
    const places = kinds.find((kind) => kind.label === 'Places');
    const kazakhstan = places?.children.find((entity) => /Қазақстан|Казахстан/u.test(entity.label));
    assert.ok(kazakhstan && kazakhstan.children.length >= 4, 'Kazakhstan (Q232) is one entity across the kk and ru articles');
  });

  it('names kinds in words, with their codes in the tooltips', async () => {
    await extension().exports.whenIndexed();
    const kinds = await extension().exports.entitiesTree(2);
    for (const [label, code] of [['People', 'PER'], ['Organisations', 'ORG'], ['Places', 'LOC'], ['Dates', 'DATE']] as const) {
      assert.equal(kinds.find((kind) => kind.label === label)?.tooltip, code, `the ${label} row's tooltip`);
    }
    const entity = kinds.find((kind) => kind.label === 'People')?.children.find((row) => row.label === 'Эльвира Азимова');
    assert.match(entity?.tooltip ?? '', /^\*\*Эльвира Азимова\*\* · Person \(PER\)$/mu);
    const dates = await extension().exports.entitiesTree(4);
    const durations = dates.find((kind) => kind.label === 'Dates')?.children.find((period) => period.label === 'Durations')?.children ?? [];
    assert.ok(durations.length > 0, 'the seeds have durations');
    for (const duration of durations) assert.match(duration.tooltip ?? '', / · Duration \(DURATION\)$/mu, duration.tooltip);
    const rows = (await extension().exports.articlesTree(2)).flatMap((row) => [row, ...row.children]);
    assert.ok(rows.some((row) => /^People \(PER\): /mu.test(row.tooltip ?? '')), 'an article tooltip lists its people in words');
    for (const row of rows) assert.doesNotMatch(row.tooltip ?? '', /^(PER|ORG|LOC|EVENT|DATE):/mu, `no bare code in ${row.label}'s tooltip`);
  });

  it('lists a person of the shipped gazetteer once across languages, though it has no Wikidata id (Токаев, Тоқаев)', async () => {
    await extension().exports.whenIndexed();
    const people = (await extension().exports.entitiesTree(3)).find((kind) => kind.label === 'People');
    const rows = people?.children.filter((entity) => /То[кқ]аев/u.test(entity.label)) ?? [];
    assert.equal(rows.length, 1, `one row: ${JSON.stringify(rows.map((row) => row.label))}`);
    const languages = rows[0]?.children.map((article) => article.description).sort();
    assert.deepEqual([...new Set(languages)], ['kk', 'ru']);
  });

  it('browses dates by year, then month, each date with its articles and mentions counted', async () => {
    await extension().exports.whenIndexed();
    const dates = (await extension().exports.entitiesTree(4)).find((kind) => kind.label === 'Dates');
    const year = dates?.children.find((period) => period.label === '2024');
    const month = year?.children.find((period) => period.label === '2024-05');
    const day = month?.children.find((entity) => entity.label === '2024-05-29');
    assert.ok(day, `2024 › 2024-05 › 2024-05-29 is listed; the years are ${JSON.stringify(dates?.children.map((period) => period.label))}`);
    assert.match(day.description, /^1 article · \d+ mentions?$/u);
    // Years newest first; after them, the groups of values that have no year of their own.
    const labels = dates?.children.map((period) => period.label) ?? [];
    const years = labels.filter((label) => /^\d{4}$/u.test(label));
    assert.deepEqual(years, [...years].sort().reverse(), 'newest year first');
    assert.deepEqual(labels.slice(years.length), labels.filter((label) => !/^\d{4}$/u.test(label)), 'the groups come after the years');
    assert.ok(labels.includes('Durations'), `the seeds' durations have a group of their own: ${JSON.stringify(labels)}`);
  });

  it('tags articles with the workspace gazetteer, in the Entities view and the open editor, and again when it changes', async () => {
    const gazetteer = vscode.Uri.joinPath(workspaceRoot(), '.corpus', 'gazetteer.yaml');
    const article = vscode.Uri.joinPath(workspaceRoot(), '003_c55b704b24c84185.txt');
    await vscode.window.showTextDocument(article);
    // The top lens counts the article's pending tags: `kk · 40 pending · 0 accepted · 1 problems`.
    const pending = async (): Promise<number> => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', article, 100);
      return Number(/ · (\d+) pending · /u.exec(lenses.map((lens) => lens.command?.title ?? '').join('\n'))?.[1] ?? NaN);
    };
    const pendingBefore = await waitFor(async () => { const count = await pending(); return Number.isNaN(count) ? undefined : count; }, 'the top lens');
    const reform = async (): Promise<TreeSnapshot | undefined> => {
      await extension().exports.whenIndexed();
      const events = (await extension().exports.entitiesTree(3)).find((kind) => kind.label === 'Events');
      return events?.children.find((entity) => entity.label === 'Конституциялық реформа');
    };
    assert.equal(await reform(), undefined, 'not an entity of the shipped gazetteer');
    await vscode.workspace.fs.writeFile(gazetteer, Buffer.from('entities:\n  - kind: EVENT\n    names: {kk: Конституциялық реформа}\n', 'utf8'));
    try {
      const found = await waitFor(reform, 'the workspace gazetteer\'s entity in the Entities view');
      assert.deepEqual(found.children.map((row) => row.label), [TITLED[1]]);
      await waitFor(async () => ((await pending()) === pendingBefore + 1 ? true : undefined), 'one more pending tag in the open article');
    } finally {
      await vscode.workspace.fs.delete(gazetteer);
    }
    await waitFor(async () => ((await reform()) === undefined ? true : undefined), 'the entity to go with its gazetteer entry');
    await waitFor(async () => ((await pending()) === pendingBefore ? true : undefined), 'the tag to leave the open article');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps one tagger per workspace folder: typing builds none, a changed gazetteer has the next lenses built with a new one', async () => {
    const api = extension().exports;
    const gazetteer = vscode.Uri.joinPath(workspaceRoot(), '.corpus', 'gazetteer.yaml');
    const article = vscode.Uri.joinPath(workspaceRoot(), '003_c55b704b24c84185.txt');
    const editor = await vscode.window.showTextDocument(article);
    const titles = async (): Promise<string> => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', article, 100))
      .map((lens) => lens.command?.title ?? '').join('\n');
    const typeAndTag = async (): Promise<void> => {
      for (let keystroke = 0; keystroke < 5; keystroke++) {
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        await editor.edit((edit) => { edit.insert(end, ' '); });
        assert.match(await titles(), / pending · /u, 'the edited article is tagged');
      }
    };
    try {
      await waitFor(async () => ((await titles()).includes(' pending · ') ? true : undefined), 'the top lens');
      const builds = api.taggerBuilds();
      await typeAndTag();
      assert.equal(api.taggerBuilds(), builds, 'five versions of the article, tagged with the tagger already built');
      await vscode.workspace.fs.writeFile(gazetteer, Buffer.from('entities:\n  - kind: EVENT\n    names: {kk: Конституциялық реформа}\n', 'utf8'));
      await waitFor(async () => ((await titles()).includes('Конституциялық реформа') ? true : undefined), 'the open article tagged with the new gazetteer');
      const rebuilt = api.taggerBuilds();
      assert.ok(rebuilt > builds, 'the gazetteer changed: a new tagger');
      await typeAndTag();
      assert.equal(api.taggerBuilds(), rebuilt, 'the new tagger kept for the next versions');
    } finally {
      await vscode.workspace.fs.delete(gazetteer);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(async () => ((await titles()).includes('Конституциялық реформа') ? undefined : true), 'the open article tagged without the gazetteer');
    await waitFor(async () => {
      await api.whenIndexed();
      const events = (await api.entitiesTree(3)).find((kind) => kind.label === 'Events');
      return events?.children.some((entity) => entity.label === 'Конституциялық реформа') === true ? undefined : true;
    }, 'the Entities view without the gazetteer\'s entity');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('sees a workspace gazetteer written into a new .corpus folder at once (as a checkout or a script writes it)', async () => {
    const folder = path.join(workspaceRoot().fsPath, '.corpus');
    rmSync(folder, { recursive: true, force: true });
    const trial = async (): Promise<TreeSnapshot | undefined> => {
      await extension().exports.whenIndexed();
      const events = (await extension().exports.entitiesTree(3)).find((kind) => kind.label === 'Events');
      return events?.children.find((entity) => entity.label === 'Конституциялық реформа');
    };
    assert.equal(await trial(), undefined, 'not an entity of the shipped gazetteer');
    // The folder and the file within microseconds of each other: the file lands before the
    // file-system watcher watches the new folder, so no event names the file itself.
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'gazetteer.yaml'), 'entities:\n  - kind: EVENT\n    names: {kk: Конституциялық реформа}\n');
    try {
      const found = await waitFor(trial, 'the new gazetteer\'s entity in the Entities view');
      assert.deepEqual(found.children.map((row) => row.label), [TITLED[1]]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await waitFor(async () => ((await trial()) === undefined ? true : undefined), 'the entity to go with its folder');
  });
});
