import * as path from 'node:path';
import { displayPath } from './displayPath';
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

/** `file:line:col: severity: message`; a problem of a whole folder has line 0 and no position. */
export function formatText(problem: LocatedProblem): string {
  const where = problem.line === 0 ? '' : `:${problem.line}:${problem.column}`;
  return `${displayPath(problem.file)}${where}: ${problem.severity}: ${problem.message}\n`;
}

/** A problem with a whole file (at 1:1) or a folder (no line), as one line. */
export function formatFileLine(file: string, severity: Problem['severity'], message: string, folder = false): string {
  return `${displayPath(file)}${folder ? '' : ':1:1'}: ${severity}: ${message}\n`;
}

/** The message of an unexpected I/O error, naming the system's code. */
export function ioMessage(what: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? `${what}: ${error instanceof Error ? error.message : String(error)}` : `${what} (${code})`;
}
