import * as path from 'node:path';
import type { Problem } from '../core/problems';
import { LineIndex } from '../core/text/lineIndex';

export interface LocatedProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Problem['severity'];
  code: string;
  message: string;
  path?: (string | number)[];
}

/** 1-based line and column (UTF-16 code units), as editors and `file:line:col` links count them. */
export function locate(file: string, text: string, problem: Problem): LocatedProblem {
  const index = new LineIndex(text);
  const start = index.positionAt(problem.start);
  const end = index.positionAt(problem.end);
  return {
    file: path.relative(process.cwd(), file) || file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    ...(problem.path ? { path: problem.path } : {}),
  };
}

export function formatText(problem: LocatedProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}\n`;
}
