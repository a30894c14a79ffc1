// Syntax tokens of a document as the host's TextMate engine produces them.
// The desktop workbench has `_workbench.captureSyntaxTokens`; the web workbench does not, so there
// the host's own vscode-textmate and vscode-oniguruma (from vscode.env.appRoot) tokenize the
// document with the grammars exactly as the installed extensions contribute them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** One token: its text and its space-separated scopes (the shape captureSyntaxTokens returns). */
export interface SyntaxToken { c: string; t: string }

interface GrammarContribution { language?: string; scopeName: string; path: string; embeddedLanguages?: Record<string, string> }
interface TextMateGrammar { tokenizeLine(line: string, state: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown } }
interface TextMateModule {
  Registry: new (options: {
    onigLib: Promise<unknown>;
    loadGrammar: (scopeName: string) => Promise<unknown>;
  }) => { loadGrammar(scopeName: string): Promise<TextMateGrammar | null> };
  INITIAL: unknown;
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface OnigurumaModule {
  loadWASM(data: ArrayBuffer): Promise<void>;
  createOnigScanner(patterns: string[]): unknown;
  createOnigString(text: string): unknown;
}

function contributedGrammars(): Map<string, string> {
  const byScope = new Map<string, string>();
  for (const extension of vscode.extensions.all) {
    const grammars = (extension.packageJSON as { contributes?: { grammars?: GrammarContribution[] } }).contributes?.grammars ?? [];
    for (const grammar of grammars) byScope.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
  }
  return byScope;
}

let engine: Promise<{ textmate: TextMateModule; registry: InstanceType<TextMateModule['Registry']> }> | undefined;

function hostEngine(): NonNullable<typeof engine> {
  engine ??= (async () => {
    const load = createRequire(path.join(vscode.env.appRoot, 'package.json'));
    const textmate = load('vscode-textmate') as TextMateModule;
    const oniguruma = load('vscode-oniguruma') as OnigurumaModule;
    const wasm = readFileSync(path.join(path.dirname(load.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammars = contributedGrammars();
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
        createOnigString: (text: string) => oniguruma.createOnigString(text),
      }),
      loadGrammar: (scopeName) => {
        const file = grammars.get(scopeName);
        return Promise.resolve(file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null);
      },
    });
    return { textmate, registry };
  })();
  return engine;
}

async function tokenizeWithHostEngine(document: vscode.TextDocument, scopeName: string): Promise<SyntaxToken[]> {
  const { textmate, registry } = await hostEngine();
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar is contributed for ${scopeName}`);
  const tokens: SyntaxToken[] = [];
  let state = textmate.INITIAL;
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    const result = grammar.tokenizeLine(text, state);
    for (const token of result.tokens) tokens.push({ c: text.slice(token.startIndex, token.endIndex), t: token.scopes.join(' ') });
    state = result.ruleStack;
  }
  return tokens;
}

/** The scope name of the grammar the host registered for a language id. */
export function grammarScopeFor(languageId: string): string | undefined {
  for (const extension of vscode.extensions.all) {
    const grammars = (extension.packageJSON as { contributes?: { grammars?: GrammarContribution[] } }).contributes?.grammars ?? [];
    const match = grammars.find((grammar) => grammar.language === languageId);
    if (match) return match.scopeName;
  }
  return undefined;
}

export async function syntaxTokens(uri: vscode.Uri): Promise<SyntaxToken[]> {
  if ((await vscode.commands.getCommands(true)).includes('_workbench.captureSyntaxTokens')) {
    return (await vscode.commands.executeCommand<SyntaxToken[] | undefined>('_workbench.captureSyntaxTokens', uri)) ?? [];
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const scopeName = grammarScopeFor(document.languageId);
  if (!scopeName) throw new Error(`no grammar is registered for language '${document.languageId}'`);
  return tokenizeWithHostEngine(document, scopeName);
}
