import * as vscode from 'vscode';

/** The scene of the Entities screenshot: a Kazakh article, and the person under the cursor revealed across languages. */
export async function showEntitiesScene(folder: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const article = vscode.Uri.joinPath(folder, '003_c55b704b24c84185.txt');
  const editor = await vscode.window.showTextDocument(article);
  await vscode.commands.executeCommand('editor.fold', { selectionLines: [0], levels: 1 });
  // In the body, below the front matter that earlier tests wrote.
  const text = editor.document.getText();
  const body = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const position = editor.document.positionAt(text.indexOf('Тоқаевтың', body) + 2);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('corpusCurator.showInEntitiesView');
  // Wide enough for the entity's whole row and its articles in both languages.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let step = 0; step < 6; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  await vscode.commands.executeCommand('editor.action.showHover');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await vscode.commands.executeCommand('notifications.clearAll');
}
