import * as path from 'node:path';
import * as vscode from 'vscode';
import { isSeq, parseDocument, YAMLSeq } from 'yaml';
import { WORKSPACE_GAZETTEER_PATH } from '../../../core/tagging/gazetteer/workspaceGazetteer';
import type { LanguageCode, SpanKind } from '../../../core/tagging/types';

const HEADER = `# Corpus Curator workspace gazetteer: entities curators added. It is merged over the gazetteer
# shipped with the extension, so a name added here is found in every article.
`;

/**
 * Adds an entity to the workspace gazetteer (.corpus/gazetteer.yaml), creating the file when
 * needed, through one undoable WorkspaceEdit. Entries are kept one per name, diff-friendly.
 */
export async function addToWorkspaceGazetteer(document: vscode.TextDocument, kind: SpanKind, name: string, form: string, lang: LanguageCode | 'und'): Promise<void> {
  if (kind === 'DATE') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Dates are not kept in the gazetteer.'));
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return;
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, WORKSPACE_GAZETTEER_PATH));
  let existing = '';
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    existing = '';
  }
  const yaml = parseDocument(existing === '' ? `${HEADER}entities: []\n` : existing);
  let entities = yaml.get('entities', true);
  if (!isSeq(entities)) {
    entities = new YAMLSeq();
    yaml.set('entities', entities);
  }
  const nameLanguage = lang === 'und' ? 'en' : lang;
  const entry: Record<string, unknown> = { kind, names: { [nameLanguage]: name } };
  if (form !== name) entry.aliases = { [nameLanguage]: [form] };
  const already = (entities as YAMLSeq).items.some((item) => JSON.stringify((item as { toJSON?: () => unknown }).toJSON?.()) === JSON.stringify(entry));
  if (!already) (entities as YAMLSeq).items.push(yaml.createNode(entry));
  (entities as YAMLSeq).flow = false;
  const text = yaml.toString({ lineWidth: 0 });
  const edit = new vscode.WorkspaceEdit();
  if (existing === '') edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
  else {
    const current = await vscode.workspace.openTextDocument(uri);
    edit.replace(uri, new vscode.Range(current.positionAt(0), current.positionAt(current.getText().length)), text);
  }
  if (await vscode.workspace.applyEdit(edit)) {
    const saved = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (saved?.isDirty) await saved.save();
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Added {0} to {1}', name, WORKSPACE_GAZETTEER_PATH), 4000);
  }
}
