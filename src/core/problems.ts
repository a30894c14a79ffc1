export type Severity = 'error' | 'warning' | 'info';

/** A replacement of [start, end) of the file text that fixes a problem. */
export interface TextFix {
  title: string;
  start: number;
  end: number;
  newText: string;
}

/**
 * Something wrong with an article. Offsets are UTF-16 code units into the file text (BOM
 * excluded); `path` is the key path in the front matter when there is one.
 */
export interface Problem {
  severity: Severity;
  code: string;
  message: string;
  start: number;
  end: number;
  path?: (string | number)[];
  fix?: TextFix;
  /** Other fixes, offered after `fix`. */
  fixes?: TextFix[];
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
