// The one table of span kinds. Every list of kinds in the program (the `SpanKind` type, the
// front-matter fields, the schema's enum, the settings, the colours, icons and labels of the
// editor) derives from it, and a unit test holds package.json and the schema to it. Adding a
// kind is one row here plus its labels (package.nls.json's colour description) and, because
// JSON cannot import, the matching entries in package.json and article.schema.json, which the
// test names when they are missing.

/** The words the editor shows for a kind; each is a `vscode.l10n.t` message (its English text is the key). */
export interface KindLabels {
  /** `Person` */
  readonly one: string;
  /** `People`: a heading. */
  readonly plural: string;
  /** `1 person` */
  readonly countOne: string;
  /** `{0} people` */
  readonly countMany: string;
}

export interface KindDefinition {
  /** The code spans, decisions and formats carry (`PER`). */
  readonly code: string;
  /** The front-matter field that lists the kind's entities or values (`people`). */
  readonly field: string;
  /** `timex`: a temporal expression with a TIMEX3 value; `entity`: a named entity linked to the knowledge base. */
  readonly type: 'entity' | 'timex';
  /** The codicon of the kind in the Entities view (`person`). */
  readonly icon: string;
  /** The theme colour id of its underline (contributed in package.json's `colors`). */
  readonly colour: string;
  readonly labels: KindLabels;
}

/** The kinds the program ships, in the order views, settings and fields list them. */
export const SHIPPED_KINDS = [
  { code: 'PER', field: 'people', type: 'entity', icon: 'person', colour: 'corpusCurator.tag.person', labels: { one: 'Person', plural: 'People', countOne: '1 person', countMany: '{0} people' } },
  { code: 'ORG', field: 'organizations', type: 'entity', icon: 'organization', colour: 'corpusCurator.tag.organization', labels: { one: 'Organisation', plural: 'Organisations', countOne: '1 organisation', countMany: '{0} organisations' } },
  { code: 'LOC', field: 'places', type: 'entity', icon: 'location', colour: 'corpusCurator.tag.place', labels: { one: 'Place', plural: 'Places', countOne: '1 place', countMany: '{0} places' } },
  { code: 'EVENT', field: 'events', type: 'entity', icon: 'calendar', colour: 'corpusCurator.tag.event', labels: { one: 'Event', plural: 'Events', countOne: '1 event', countMany: '{0} events' } },
  { code: 'DATE', field: 'dates', type: 'timex', icon: 'history', colour: 'corpusCurator.tag.date', labels: { one: 'Date', plural: 'Dates', countOne: '1 date', countMany: '{0} dates' } },
] as const satisfies readonly KindDefinition[];

type ShippedKind = (typeof SHIPPED_KINDS)[number];
export type SpanKind = ShippedKind['code'];
/** The kinds of named entities (every kind but the temporal ones). */
export type EntityKind = Extract<ShippedKind, { type: 'entity' }>['code'];
export type EntityField = Extract<ShippedKind, { type: 'entity' }>['field'];
export type KindField = ShippedKind['field'];

/** What a table of kinds gives the rest of the program: its lists, in table order, and lookups. */
export interface KindTable<Code extends string = string, Entity extends Code = Code, Field extends string = string> {
  readonly rows: readonly KindDefinition[];
  readonly codes: readonly Code[];
  readonly entityCodes: readonly Entity[];
  readonly timexCodes: readonly Code[];
  /** Every kind's front-matter field, in table order. */
  readonly fields: readonly Field[];
  readonly definition: (code: Code) => KindDefinition;
  readonly field: (code: Code) => Field;
  /** The kind a front-matter field lists, if it lists one. */
  readonly kindOfField: (field: string) => Code | undefined;
  readonly isKind: (value: unknown) => value is Code;
  readonly isEntityKind: (value: unknown) => value is Entity;
  /** `PER, ORG, LOC, EVENT or DATE`: the codes, for messages that list what is expected. */
  readonly codeList: string;
}

/** Builds the lists and lookups of a table of kinds; throws on a repeated code or field. */
export function defineKinds<Code extends string, Entity extends Code, Field extends string>(rows: readonly KindDefinition[]): KindTable<Code, Entity, Field> {
  const byCode = new Map<string, KindDefinition>();
  const byField = new Map<string, string>();
  for (const row of rows) {
    if (byCode.has(row.code)) throw new Error(`kind ${row.code} is defined twice`);
    if (byField.has(row.field)) throw new Error(`field ${row.field} belongs to two kinds`);
    byCode.set(row.code, row);
    byField.set(row.field, row.code);
  }
  const codes = rows.map((row) => row.code as Code);
  const definition = (code: Code): KindDefinition => {
    const row = byCode.get(code);
    if (row === undefined) throw new Error(`unknown kind ${code}`);
    return row;
  };
  const entityCodes = rows.filter((row) => row.type === 'entity').map((row) => row.code as Entity);
  const entitySet = new Set<string>(entityCodes);
  return {
    rows,
    codes,
    entityCodes,
    timexCodes: rows.filter((row) => row.type === 'timex').map((row) => row.code as Code),
    fields: rows.map((row) => row.field as Field),
    definition,
    field: (code) => definition(code).field as Field,
    kindOfField: (field) => byField.get(field) as Code | undefined,
    isKind: (value): value is Code => typeof value === 'string' && byCode.has(value),
    isEntityKind: (value): value is Entity => typeof value === 'string' && entitySet.has(value),
    codeList: codes.length < 2 ? codes.join('') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1) ?? ''}`,
  };
}

/** The program's table of kinds. */
export const KINDS: KindTable<SpanKind, EntityKind, KindField> = defineKinds(SHIPPED_KINDS);
export const SPAN_KINDS: readonly SpanKind[] = KINDS.codes;
export const ENTITY_KINDS: readonly EntityKind[] = KINDS.entityCodes;
/** The front-matter field of each entity kind. */
export const ENTITY_FIELDS = Object.fromEntries(ENTITY_KINDS.map((code) => [code, KINDS.field(code)])) as { readonly [K in EntityKind]: Extract<ShippedKind, { code: K }>['field'] };
/** The entity fields, in table order. */
export const ENTITY_FIELD_NAMES: readonly EntityField[] = ENTITY_KINDS.map((code) => ENTITY_FIELDS[code]);
export const isSpanKind: (value: unknown) => value is SpanKind = KINDS.isKind;
export const isEntityKind: (value: unknown) => value is EntityKind = KINDS.isEntityKind;
