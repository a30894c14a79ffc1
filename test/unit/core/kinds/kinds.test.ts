import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defineKinds, ENTITY_FIELDS, ENTITY_KINDS, type KindDefinition, KINDS, SHIPPED_KINDS, SPAN_KINDS } from '../../../../src/core/kinds';
import { GROUPS } from '../../../../src/core/evaluation/score';
import { EXPECTED_LABELS } from '../../../../src/core/formats/document';
import { FIELD_ORDER, GENERATED_FIELDS } from '../../../../src/core/metadata/propose';
import { ARTICLE_SCHEMA } from '../../../../src/core/schema/validate';
import { parseWorkspaceGazetteer } from '../../../../src/core/tagging/gazetteer/workspaceGazetteer';
import { REPO_ROOT } from '../../paths';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, { items?: { enum?: string[] }; default?: unknown }> };
    colors: { id: string; description: string; defaults: Record<string, string> }[];
  };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const schema = ARTICLE_SCHEMA as unknown as { properties: Record<string, { $ref?: string }>; $defs: { kind: { enum: string[] } } };

/** A kind a corpus of court reports might need: one row, its labels inside. */
const LAW: KindDefinition = {
  code: 'LAW', field: 'laws', type: 'entity', icon: 'law', colour: 'corpusCurator.tag.law',
  labels: { one: 'Law', plural: 'Laws', countOne: '1 law', countMany: '{0} laws' },
};

describe('core/kinds: one table of span kinds', () => {
  it('package.json lists the kinds of the table in the tags.kinds setting, in table order', () => {
    const setting = manifest.contributes.configuration.properties['corpusCurator.tags.kinds'];
    assert.deepEqual(setting?.items?.enum, [...SPAN_KINDS]);
    assert.deepEqual(setting?.default, [...SPAN_KINDS]);
  });

  it('package.json contributes each kind\'s colour, with a described and localised entry', () => {
    const colours = new Map(manifest.contributes.colors.map((colour) => [colour.id, colour]));
    for (const row of KINDS.rows) {
      const colour = colours.get(row.colour);
      assert.ok(colour, `package.json contributes.colors lacks ${row.colour} (kind ${row.code})`);
      const key = /^%(.+)%$/u.exec(colour.description)?.[1];
      assert.ok(key !== undefined && nls[key] !== undefined, `package.nls.json lacks the description of ${row.colour}`);
      assert.match(nls[key] ?? '', new RegExp(`\\(${row.code}\\)`, 'u'));
      assert.deepEqual(Object.keys(colour.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
    }
    const tagColours = manifest.contributes.colors.filter((colour) => colour.id.startsWith('corpusCurator.tag.')).map((colour) => colour.id);
    assert.deepEqual(tagColours, KINDS.rows.map((row) => row.colour), 'every tag colour belongs to a kind, in table order');
  });

  it('the article schema has the table\'s kinds and a field per kind', () => {
    assert.deepEqual(schema.$defs.kind.enum, [...SPAN_KINDS]);
    for (const kind of ENTITY_KINDS) assert.equal(schema.properties[ENTITY_FIELDS[kind]]?.$ref, '#/$defs/entities', `schema field ${ENTITY_FIELDS[kind]}`);
    for (const kind of KINDS.timexCodes) assert.ok(schema.properties[KINDS.field(kind)], `schema field ${KINDS.field(kind)}`);
  });

  it('the lists of the program derive from the table', () => {
    assert.deepEqual(ENTITY_KINDS, ['PER', 'ORG', 'LOC', 'EVENT']);
    assert.deepEqual(ENTITY_FIELDS, { PER: 'people', ORG: 'organizations', LOC: 'places', EVENT: 'events' });
    assert.deepEqual(FIELD_ORDER.filter((field) => KINDS.kindOfField(field) !== undefined), [...KINDS.fields]);
    assert.deepEqual(GENERATED_FIELDS.filter((field) => KINDS.kindOfField(field) !== undefined), [...KINDS.fields]);
    assert.deepEqual(GROUPS, ['DATE', 'PER', 'ORG', 'LOC', 'EVENT', 'ENTITIES']);
    assert.equal(EXPECTED_LABELS, 'PER, ORG, LOC, EVENT or DATE');
    const gazetteer = parseWorkspaceGazetteer('entities:\n  - kind: DATE\n    names: {ru: Вчера}\n');
    assert.match(gazetteer.problems[0]?.message ?? '', /\(PER, ORG, LOC, EVENT\)/u);
  });

  it('adding a kind is one row with its labels: it flows to the codes, fields, lookups and messages', () => {
    const table = defineKinds([...SHIPPED_KINDS, LAW]);
    assert.deepEqual(table.codes, ['PER', 'ORG', 'LOC', 'EVENT', 'DATE', 'LAW']);
    assert.deepEqual(table.entityCodes, ['PER', 'ORG', 'LOC', 'EVENT', 'LAW']);
    assert.deepEqual(table.fields, ['people', 'organizations', 'places', 'events', 'dates', 'laws']);
    assert.equal(table.kindOfField('laws'), 'LAW');
    assert.equal(table.field('LAW'), 'laws');
    assert.ok(table.isKind('LAW') && table.isEntityKind('LAW') && !table.isEntityKind('DATE'));
    assert.deepEqual(table.definition('LAW').labels, LAW.labels);
    assert.equal(table.codeList, 'PER, ORG, LOC, EVENT, DATE or LAW');
    // The shipped table is untouched by another one being built.
    assert.equal(KINDS.isKind('LAW'), false);
  });

  it('refuses a table with a code or a field twice', () => {
    assert.throws(() => defineKinds([...SHIPPED_KINDS, { ...LAW, code: 'PER' }]), /kind PER is defined twice/u);
    assert.throws(() => defineKinds([...SHIPPED_KINDS, { ...LAW, field: 'people' }]), /field people belongs to two kinds/u);
  });
});
