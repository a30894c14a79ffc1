/**
 * Date patterns all begin at a digit, a month word or a relative word. One scan finds those
 * places (`trigger`); each pattern is then tried only there, anchored (sticky), instead of every
 * pattern scanning the whole text.
 */
export function triggerPositions(text: string, trigger: RegExp): number[] {
  const positions: number[] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    positions.push(m.index);
    if (m[0].length === 0) trigger.lastIndex++;
  }
  return positions;
}

/** `pattern` (written with the g flag) compiled to match only where it is placed. */
export function anchored(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}

/** Every match of an anchored pattern that starts at one of the positions. */
export function* matchesAt(text: string, pattern: RegExp, positions: readonly number[]): Generator<RegExpExecArray> {
  for (const position of positions) {
    pattern.lastIndex = position;
    const m = pattern.exec(text);
    if (m) yield m;
  }
}
