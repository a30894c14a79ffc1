import type { Span } from './types';

/** A capitalised Latin word (Digital, FIDE, Jürgen, Wall-Street, Christie’s). */
const LATIN_WORD = String.raw`(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{N}’'&-]*`;
/** Lower-case words inside a Latin name (Bank of East Asia, Industrial and Commercial Bank). */
const CONNECTOR = String.raw`(?:of|and|the|for|de|du|des|la|le|von|van|der|on|in|with|&)`;
/** Two or more capitalised Latin words, with connectors between, apart from any other letter or digit. */
const LATIN_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}.@/_-])${LATIN_WORD}(?:(?: ${CONNECTOR})* ${LATIN_WORD})+(?![\p{L}\p{N}@/_]|[.-]\p{L})`, 'gu');
/** A longer run is more likely a title or a quoted sentence than one name. */
const MAX_RUN_WORDS = 6;
const CAPITALISED = new RegExp(LATIN_WORD, 'gu');
/** The last words of English names of events (Corus Chess Tournament, Google Science Fair, Cosmo Beauty Awards). */
const EVENT_HEAD = /[ ](?:Tournament|Championships?|Cup|Games|Olympics|Olympiad|Festival|Fair|Forum|Summit|Conference|Congress|Awards?|Expo|Prix|Marathon|Contest|Week)$/u;
const LETTER = /\p{L}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether the nearest letter before `start`, or after `end`, is Cyrillic: the run is in a text of another script. */
function inCyrillicText(text: string, start: number, end: number): boolean {
  const nearest = (from: number, step: number): string | undefined => {
    for (let i = from, seen = 0; i >= 0 && i < text.length && seen < 40; i += step, seen++) {
      const character = text[i] ?? '';
      if (LETTER.test(character)) return character;
    }
    return undefined;
  };
  const before = nearest(start - 1, -1);
  const after = nearest(end, 1);
  return (before !== undefined && CYRILLIC.test(before)) || (after !== undefined && CYRILLIC.test(after));
}

/**
 * In Cyrillic text, a run of capitalised Latin words is one name: where the tagger found only
 * pieces of it (the model or the rules: `Digital | Technologies` of `Digital Sky Technologies`, `The Wall | Journal`, `Bank`
 * of `Bank of East Asia`), the pieces become the whole run: an event where its last word is an
 * event's (`Corus Chess Tournament`, `Google Science Fair`), else of the piece's kind where there is
 * one, an organisation where there are more (a person's name is seldom cut in two). A run
 * with no name found in it (a title, a product) stays untagged; a name that reaches out of the run,
 * a date, or a gazetteer's name inside it (whose extent the list knows) leaves it as it is.
 * `spans` in text order, apart.
 */
export function joinLatinRuns(text: string, spans: readonly Span[]): Span[] {
  if (spans.length === 0) return [...spans];
  const replaced = new Map<Span, Span | null>();
  let next = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < spans.length && (spans[next] as Span).end <= start) next++;
    const inside: Span[] = [];
    for (let k = next; k < spans.length && (spans[k] as Span).start < end; k++) inside.push(spans[k] as Span);
    if (inside.length === 0 || !inCyrillicText(text, start, end) || (match[0].match(CAPITALISED)?.length ?? 0) > MAX_RUN_WORDS) continue;
    if (inside.some((span) => span.start < start || span.end > end || span.kind === 'DATE' || span.source === 'gazetteer')) continue;
    const longest = inside.reduce((best, span) => (span.end - span.start > best.end - best.start ? span : best));
    if (longest.start === start && longest.end === end) continue;
    const name = match[0];
    // A run that ends as events' names do is an event; one the tagger cut in two or more is an organisation's name (World | Fashion Channel), seldom a person's.
    const kind = EVENT_HEAD.test(match[0]) ? 'EVENT' : inside.length > 1 ? 'ORG' : longest.kind;
    replaced.set(longest, { start, end, kind, text: name, canonical: name, ...(longest.source ? { source: longest.source } : {}) });
    for (const span of inside) if (span !== longest) replaced.set(span, null);
  }
  if (replaced.size === 0) return [...spans];
  return spans.flatMap((span) => {
    const instead = replaced.get(span);
    return instead === undefined ? [span] : instead === null ? [] : [instead];
  });
}
