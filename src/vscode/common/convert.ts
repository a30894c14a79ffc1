import * as vscode from 'vscode';
import type { Problem } from '../../core/problems';
import { LineIndex } from '../../core/text/lineIndex';
import { DIAGNOSTIC_SOURCE } from './names';

/** A UTF-16 offset range of `text` as a VS Code Range (the core and VS Code count alike). */
export function rangeOf(text: string | LineIndex, start: number, end: number): vscode.Range {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}

/** The problems of a document's text as diagnostics of the Problems panel. */
export function diagnosticsOf(text: string, problems: readonly Problem[]): vscode.Diagnostic[] {
  const index = new LineIndex(text);
  return problems.map((problem) => {
    const diagnostic = new vscode.Diagnostic(rangeOf(index, problem.start, problem.end), problem.message, severityOf(problem));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = problem.code;
    return diagnostic;
  });
}

export function severityOf(problem: Problem): vscode.DiagnosticSeverity {
  // An article without front matter is work to do, not a broken file: shown as information
  // in the editor (with a quick fix), while `corpus-curator check` fails on it.
  if (problem.code === 'no-front-matter') return vscode.DiagnosticSeverity.Information;
  switch (problem.severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    default: return vscode.DiagnosticSeverity.Information;
  }
}
