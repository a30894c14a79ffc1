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

const FINGERPRINT = /^ {4}([\w-]+): "?[0-9a-f]{6,}"?$/u;
/** The fingerprints on one line, as the writer puts them: `  generated: {id: 06ac4230, title: "74234e98"}`. */
const FINGERPRINT_LINE = /^ {2}generated: \{(.*)\}$/u;

function fingerprintsOf(line: string, section: string): Map<string, string> | undefined {
  const inner = section === 'curation' ? FINGERPRINT_LINE.exec(line)?.[1] : undefined;
  if (inner === undefined) return undefined;
  return new Map([...inner.matchAll(/([\w-]+): "?([0-9a-f]+)"?/gu)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/** `~ fingerprint of people` for each field whose fingerprint differs between two fingerprint lines. */
function fingerprintChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  return fields.filter((field) => before.get(field) !== after.get(field))
    .map((field) => `${before.has(field) ? (after.has(field) ? '~' : '−') : '+'} fingerprint of ${field}`);
}

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
  // A changed fingerprint line is told as the fields whose fingerprints changed, not as two long lines.
  let fingerprints: { before?: Map<string, string>; after?: Map<string, string>; at: number } | undefined;
  const close = (): void => {
    if (open) {
      if (fingerprints) parts.splice(fingerprints.at, 0, ...fingerprintChanges(fingerprints.before ?? new Map<string, string>(), fingerprints.after ?? new Map<string, string>()));
      open.summary = parts.join(' · ');
      changes.push(open);
    }
    open = undefined;
    fingerprints = undefined;
    parts.length = 0;
  };
  const describe = (sign: string, line: string, section: string): void => {
    const found = fingerprintsOf(line, section);
    if (!found) {
      parts.push(`${sign} ${describeLine(line, section)}`);
      return;
    }
    fingerprints ??= { at: parts.length };
    if (sign === '+') fingerprints.after = found;
    else fingerprints.before = found;
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
        describe('−', line, oldSections[oldAt + i] ?? '');
      });
      oldAt += count;
      open.toLine = oldAt;
    } else {
      part.value.forEach((line, i) => { describe('+', line, newSections[newAt + i] ?? ''); });
      open.newLines.push(...part.value);
      newAt += count;
    }
  }
  close();
  return changes;
}
