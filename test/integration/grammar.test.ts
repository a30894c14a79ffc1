import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { seedUri, waitFor, workspaceRoot } from './helpers';
import { grammarScopeFor, type SyntaxToken as CapturedToken, syntaxTokens } from './syntaxTokens';

async function tokensOf(uri: vscode.Uri): Promise<CapturedToken[]> {
  return waitFor(async () => {
    const tokens = await syntaxTokens(uri);
    return tokens.length > 0 ? tokens : undefined;
  }, `syntax tokens of ${uri.fsPath}`);
}

/** The scopes of the first token with this text, in the body or (when asked) in the front matter. */
function scopesOf(tokens: CapturedToken[], text: string, where: 'body' | 'front matter' = 'body'): string {
  const inFrontMatter = (token: CapturedToken): boolean => token.t.includes('meta.embedded.block.frontmatter');
  const token = tokens.find((candidate) => candidate.c === text && inFrontMatter(candidate) === (where === 'front matter'));
  assert.ok(token, `a token '${text}' exists (tokens near it: ${tokens.filter((t) => t.c.includes(text.slice(0, 3))).map((t) => JSON.stringify(t.c)).join(', ')})`);
  return token.t;
}

describe('Article language and grammar', () => {
  it('gives a seed article the corpus-article language id', async () => {
    const document = await vscode.workspace.openTextDocument(seedUri('003_c55b704b24c84185.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'corpus-article');
    assert.equal(grammarScopeFor('corpus-article'), 'text.corpus-article');
  });

  it('scopes a dateline, «quoted names» and acronyms so themes colour them', async () => {
    const tokens = await tokensOf(seedUri('003_c55b704b24c84185.txt'));
    assert.match(scopesOf(tokens, '27.02.2026'), /constant\.numeric\.date/u);
    assert.match(scopesOf(tokens, 'Әділетті Қазақстан'), /string\.quoted\.other\.guillemets/u);
    assert.match(scopesOf(tokens, 'БҰҰ'), /entity\.name\.type\.acronym/u);
    assert.ok(tokens.every((token) => token.t.startsWith('text.corpus-article')), 'every token is in the article grammar');
  });

  it('scopes Kazakh, Russian and Azerbaijani date phrases', async () => {
    const kk = await tokensOf(seedUri('000_a37ffc7efebda23c.txt'));
    assert.match(scopesOf(kk, '2024 жылғы 29 мамырда'), /constant\.numeric\.date/u);
    assert.match(scopesOf(kk, '1994 жылдың тамызында'), /constant\.numeric\.date/u);
    const ru = await tokensOf(seedUri('001_eb5c65e7f4da4a69.txt'));
    assert.match(scopesOf(ru, '8 декабря'), /constant\.numeric\.date/u);
    assert.match(scopesOf(ru, '24KZ'), /string\.quoted\.other\.guillemets/u);
    const az = await tokensOf(seedUri('004_df8d99c26602f3bf.txt'));
    assert.match(scopesOf(az, 'COP29'), /entity\.name\.type\.acronym/u);
  });

  it('reads front matter as embedded YAML', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz_front_matter.md');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('---\ntitle: Мақала\nlanguage: kk\n---\nМәтін 2026 жылы.\n', 'utf8'));
    try {
      const tokens = await tokensOf(uri);
      assert.match(scopesOf(tokens, 'title', 'front matter'), /meta\.embedded\.block\.frontmatter.*entity\.name\.tag\.yaml/u);
      assert.match(scopesOf(tokens, '2026 жылы'), /constant\.numeric\.date\.year/u);
      assert.doesNotMatch(scopesOf(tokens, '2026 жылы'), /yaml/u);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
