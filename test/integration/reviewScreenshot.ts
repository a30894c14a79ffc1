import * as vscode from 'vscode';

/** The scene of the Metadata Changes screenshot: a few decisions since the commit, the view, and one article's diff. */
export async function showMetadataChangesScene(folder: vscode.Uri): Promise<void> {
  const article = vscode.Uri.joinPath(folder, '003_c55b704b24c84185.txt');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('corpusCurator.rejectTag', { uri: article.toString(), kind: 'ORG', name: 'БҰҰ' });
  await vscode.commands.executeCommand('corpusCurator.acceptTag', { uri: article.toString(), kind: 'PER', name: 'Ержан Ашықбаев' });
  await vscode.commands.executeCommand('corpusCurator.markReviewed', { uri: article });
  await vscode.commands.executeCommand('corpusCurator.metadataChanges.focus');
  await vscode.commands.executeCommand('corpusCurator.refreshMetadataChanges');
  await vscode.commands.executeCommand('corpusCurator.openMetadataChanges', article);
  await vscode.commands.executeCommand('corpusCurator.metadataChanges.focus');
  for (let i = 0; i < 8; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await vscode.commands.executeCommand('notifications.hideToasts');
  await vscode.commands.executeCommand('notifications.clearAll');
}
