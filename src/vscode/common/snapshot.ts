import * as vscode from 'vscode';
import type { TreeSnapshot } from '../api';

function text(label: string | vscode.TreeItemLabel | undefined): string {
  return typeof label === 'string' ? label : label?.label ?? '';
}

/** The rows of a tree as a person reads them, to the given depth (for tests and other extensions). */
export function snapshot<T>(provider: vscode.TreeDataProvider<T>): (depth?: number) => Promise<TreeSnapshot[]> {
  const never = new vscode.CancellationTokenSource().token;
  const walk = async (element: T | undefined, depth: number): Promise<TreeSnapshot[]> => {
    const children = (await provider.getChildren(element)) ?? [];
    return Promise.all(children.map(async (child) => {
      const item = await provider.getTreeItem(child);
      const resolved = provider.resolveTreeItem ? (await provider.resolveTreeItem(item, child, never)) ?? item : item;
      const tooltip = typeof resolved.tooltip === 'string' ? resolved.tooltip : resolved.tooltip?.value;
      return {
        label: text(item.label),
        description: typeof item.description === 'string' ? item.description : '',
        ...(tooltip ? { tooltip } : {}),
        children: depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None ? await walk(child, depth - 1) : [],
      };
    }));
  };
  return (depth = 1) => walk(undefined, depth);
}
