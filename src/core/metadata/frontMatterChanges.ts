import { diffArrays } from 'diff';

/** One change to a front matter block: lines [fromLine, toLine) of the old block become `newLines`. */
export interface FrontMatterChange {
  fromLine: number;
  toLine: number;
  newLines: string[];
  /** Entity or date names the change takes out of the front matter. */
  removedNames: string[];
  /** The change as a person reads it: `+ people: Эльвира Азимова`, `status: draft → reviewed`. */
  summary: string;
}

const LIST_ITEM = /^ {2}- \{(?:name|value): ([^,}]+)/u;
const KEY = /^([\w-]+):(.*)$/u;

/** The section (top-level key) each line of a block belongs to. */
function sections(lines: readonly string[]): string[] {
  let current = '';
  return lines.map((line) => {
    const key = KEY.exec(line);
    if (key) current = key[1] ?? '';
    return current;
  });
}

const FINGERPRINT = /^ {4}([\w-]+): [0-9a-f]{6,}$/u;

function describeLine(line: string, section: string): string {
  const fingerprint = section === 'curation' ? FINGERPRINT.exec(line) : null;
  if (fingerprint) return `fingerprint of ${fingerprint[1] ?? ''}`;
  const item = LIST_ITEM.exec(line);
  if (item) return `${section}: ${item[1]?.trim() ?? ''}`;
  return line.trim().replace(/^- /u, `${section}: `);
}

/**
 * The changes between two front matter blocks (whole lines, fences included), one per run of
 * changed lines, each with a one-line summary and the names it removes. Line numbers are 0-based
 * within the old block.
 */
export function frontMatterChanges(oldBlock: string, newBlock: string): FrontMatterChange[] {
  const oldLines = oldBlock.split('\n');
  const newLines = newBlock.split('\n');
  const oldSections = sections(oldLines);
  const newSections = sections(newLines);
  const changes: FrontMatterChange[] = [];
  let oldAt = 0;
  let newAt = 0;
  let open: FrontMatterChange | undefined;
  const parts: string[] = [];
  const close = (): void => {
    if (open) {
      open.summary = parts.join(' · ');
      changes.push(open);
    }
    open = undefined;
    parts.length = 0;
  };
  for (const part of diffArrays(oldLines, newLines)) {
    const count = part.value.length;
    if (!part.added && !part.removed) {
      close();
      oldAt += count;
      newAt += count;
      continue;
    }
    open ??= { fromLine: oldAt, toLine: oldAt, newLines: [], removedNames: [], summary: '' };
    if (part.removed) {
      part.value.forEach((line, i) => {
        const name = LIST_ITEM.exec(line)?.[1]?.trim();
        if (name !== undefined && !newLines.some((added) => LIST_ITEM.exec(added)?.[1]?.trim() === name)) open?.removedNames.push(name);
        parts.push(`− ${describeLine(line, oldSections[oldAt + i] ?? '')}`);
      });
      oldAt += count;
      open.toLine = oldAt;
    } else {
      part.value.forEach((line, i) => { parts.push(`+ ${describeLine(line, newSections[newAt + i] ?? '')}`); });
      open.newLines.push(...part.value);
      newAt += count;
    }
  }
  close();
  return changes;
}
