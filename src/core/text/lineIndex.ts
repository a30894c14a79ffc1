/** How many line breaks (`\r\n`, `\n` or `\r`) a text has: the lines a block ending in one takes. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** A position as VS Code counts it: 0-based line, 0-based UTF-16 character within the line. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Maps UTF-16 offsets to line/character positions and back. Lines end at `\r\n`, `\n` or `\r`,
 * exactly as VS Code splits a document.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - (this.starts[low] ?? 0) };
  }

  offsetAt(position: Position): number {
    return Math.min(this.text.length, this.lineStart(position.line) + position.character);
  }
}
