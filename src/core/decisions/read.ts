import { SPAN_KINDS, type SpanKind } from '../kinds';
import { parseMention } from './anchor';
import { DECISION_VERBS, type DecisionVerb, type PlacedDecision, type RecordedDecision } from './types';

export interface TagRef { kind: SpanKind; name: string }
export interface Correction { kind: SpanKind; from: string; to: string; toKind?: SpanKind }
export interface AddedTag { kind: SpanKind; name: string; text: string; wikidata?: string }

/** A decision that could not be read, and why; the others still apply. */
export interface MalformedDecision { path: (string | number)[]; reason: string }

/** An article's decisions as read from its front matter's `curation`. */
export interface ArticleDecisions {
  /** Every decision, in the order written (the older lists after `decisions`). */
  all: PlacedDecision[];
  malformed: MalformedDecision[];
  /** Fingerprints of the values the writer last wrote. */
  generated: Record<string, string>;
  /** The decisions on whole entities, by what they do (the review of changes compares these). */
  accepted: TagRef[];
  rejected: TagRef[];
  corrected: Correction[];
  added: AddedTag[];
  /** Tags imported as suggestions: pending until the curator accepts or rejects them. */
  suggested: AddedTag[];
}

/** The lists of the first format, one decision kind each; still read, rewritten as `decisions` by the next decision. */
export const LEGACY_LISTS = ['accepted', 'rejected', 'corrected', 'added', 'suggested'] as const;
const LEGACY_VERB: Record<(typeof LEGACY_LISTS)[number], DecisionVerb> = { accepted: 'accept', rejected: 'reject', corrected: 'correct', added: 'add', suggested: 'suggest' };

const KINDS = new Set<string>(SPAN_KINDS);
const isKind = (value: unknown): value is SpanKind => typeof value === 'string' && KINDS.has(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A decision of the `decisions` list: `{accept: PER, name: …}`, with `mention` and `at` for one mention. */
function readEntry(item: unknown): RecordedDecision | string {
  if (!isRecord(item)) return 'a decision is a mapping such as {accept: PER, name: …}';
  const verbs = DECISION_VERBS.filter((verb) => verb in item);
  const verb = verbs[0];
  if (verbs.length !== 1 || verb === undefined) return `a decision needs exactly one of ${DECISION_VERBS.join(', ')}`;
  const kind = item[verb];
  if (!isKind(kind)) return `${verb}: ${JSON.stringify(kind)} is not a kind (PER, ORG, LOC, EVENT, DATE)`;
  if (!isText(item.name)) return 'a decision needs the name of what it decides on';
  const decision: RecordedDecision = { verb, kind, name: item.name };
  if (item.mention !== undefined) {
    const at = item.at ?? 1;
    const mention = typeof item.mention === 'string' && typeof at === 'number' ? parseMention(item.mention, at) : undefined;
    if (!mention) return "mention: expected 'words before [[the words]] words after' and at: a number from 1";
    decision.mention = mention;
  }
  if (isText(item.to)) decision.to = item.to;
  if (isKind(item.toKind)) decision.toKind = item.toKind;
  if (isText(item.text)) decision.text = item.text;
  if (isText(item.wikidata)) decision.wikidata = item.wikidata;
  if (verb === 'correct' && decision.to === undefined && decision.toKind === undefined) return 'a correction needs to (a name) or toKind (a kind)';
  if ((verb === 'add' && decision.text === undefined && !decision.mention) || (verb === 'suggest' && decision.text === undefined)) return `${verb}: needs the text of the words tagged, or a mention`;
  return decision;
}

/** An entry of the lists of the first format (`accepted: [{kind, name}]`, `corrected: [{kind, from, to}]`, …). */
function readLegacyEntry(list: (typeof LEGACY_LISTS)[number], item: unknown): RecordedDecision | undefined {
  if (!isRecord(item) || !isKind(item.kind)) return undefined;
  const verb = LEGACY_VERB[list];
  if (verb === 'correct') {
    if (!isText(item.from) || !isText(item.to)) return undefined;
    return { verb, kind: item.kind, name: item.from, to: item.to, ...(isKind(item.toKind) ? { toKind: item.toKind } : {}) };
  }
  if (!isText(item.name)) return undefined;
  if (verb === 'add' || verb === 'suggest') {
    if (!isText(item.text)) return undefined;
    return { verb, kind: item.kind, name: item.name, text: item.text, ...(isText(item.wikidata) ? { wikidata: item.wikidata } : {}) };
  }
  return { verb, kind: item.kind, name: item.name };
}

/** Reads the decisions of a front matter value. Malformed entries are listed, not applied; the others all apply. */
export function readDecisions(frontMatter: Record<string, unknown> | undefined): ArticleDecisions {
  const section = isRecord(frontMatter?.curation) ? frontMatter.curation : {};
  const generated: Record<string, string> = Object.create(null) as Record<string, string>;
  if (isRecord(section.generated)) {
    for (const [field, hash] of Object.entries(section.generated)) if (typeof hash === 'string') generated[field] = hash;
  }
  const all: PlacedDecision[] = [];
  const malformed: MalformedDecision[] = [];
  const listed = section.decisions;
  if (Array.isArray(listed)) {
    listed.forEach((item, index) => {
      const decision = readEntry(item);
      const path = ['curation', 'decisions', index];
      if (typeof decision === 'string') malformed.push({ path, reason: decision });
      else all.push({ ...decision, path });
    });
  } else if (listed !== undefined) malformed.push({ path: ['curation', 'decisions'], reason: 'decisions is a list, one decision a line' });
  for (const list of LEGACY_LISTS) {
    const items = section[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      const decision = readLegacyEntry(list, item);
      if (decision) all.push({ ...decision, path: ['curation', list, index] });
    });
  }
  return { all, malformed, generated, ...entityWide(all) };
}

/** The decisions that hold for every mention of an entity, sorted into the lists the review of changes compares. */
function entityWide(all: readonly RecordedDecision[]): Pick<ArticleDecisions, 'accepted' | 'rejected' | 'corrected' | 'added' | 'suggested'> {
  const wide = all.filter((decision) => !decision.mention);
  const tagged = (decision: RecordedDecision): AddedTag => ({ kind: decision.kind, name: decision.name, text: decision.text ?? decision.name, ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) });
  return {
    // Adding a tag or correcting one accepts what it then names.
    accepted: wide.flatMap((decision) => (decision.verb === 'accept' || decision.verb === 'add' ? [{ kind: decision.kind, name: decision.name }]
      : decision.verb === 'correct' ? [{ kind: decision.toKind ?? decision.kind, name: decision.to ?? decision.name }] : [])),
    rejected: wide.filter((decision) => decision.verb === 'reject').map(({ kind, name }) => ({ kind, name })),
    corrected: wide.filter((decision) => decision.verb === 'correct').map((decision) => ({ kind: decision.kind, from: decision.name, to: decision.to ?? decision.name, ...(decision.toKind ? { toKind: decision.toKind } : {}) })),
    added: wide.filter((decision) => decision.verb === 'add' && decision.text !== undefined).map(tagged),
    suggested: wide.filter((decision) => decision.verb === 'suggest').map(tagged),
  };
}

export const NO_DECISIONS: ArticleDecisions = readDecisions(undefined);
