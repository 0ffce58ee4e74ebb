import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REF_KINDS } from '../format/entity-ref';
import { fieldMeta } from './define';
import { LOCALES } from './labels';
import type { Labels } from './labels';
import { ALL_CATALOGS } from './registry';
import type { ExportPolicy, ImportPolicy, StepType } from './types';

const EXPORT_POLICIES: readonly ExportPolicy[] = ['keep', 'byName', 'strip', 'block'];
const IMPORT_POLICIES: readonly ImportPolicy[] = ['link', 'linkByUuid', 'linkOrRemove', 'reuseOrCreate', 'matchOrRemove', 'placeholder', 'remove'];

const everyType = ALL_CATALOGS.flatMap((catalog) => catalog.types.map((step: StepType) => [`${catalog.profile}/${step.type}`, step] as const));

function expectTranslated(labels: Labels | undefined, what: string) {
  expect(labels, what).toBeDefined();
  for (const locale of LOCALES) expect(labels![locale]?.trim(), `${what} [${locale}]`).toBeTruthy();
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  const?: unknown;
}

/** Every `{"$ref": kind}` field a config schema can hold, as `path:kind` (`tags[]:tag`). */
function referenceFields(schema: z.ZodType): string[] {
  const found = new Set<string>();
  const visit = (node: JsonSchemaNode | undefined, path: string) => {
    if (!node || typeof node !== 'object') return;
    const kind = node.properties?.$ref?.const;
    if (typeof kind === 'string') found.add(`${path}:${kind}`);
    for (const [key, child] of Object.entries(node.properties ?? {})) if (key !== '$ref') visit(child, path ? `${path}.${key}` : key);
    visit(node.items, `${path}[]`);
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(option, path);
  };
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode, '');
  return [...found].sort();
}

const SAME_IN_EVERY_LANGUAGE = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'UTC', 'Menu']);

describe('the step catalog', () => {
  it('declares every profile with translated labels, limits and trigger counts', () => {
    expect(ALL_CATALOGS.map((c) => c.profile).sort()).toEqual(['contact-center', 'conversations', 'journeys', 'pipeline']);
    for (const catalog of ALL_CATALOGS) {
      expectTranslated(catalog.labels, catalog.profile);
      expect(catalog.triggers.min).toBeLessThanOrEqual(catalog.triggers.max);
      expect(catalog.types.some((step) => step.role === 'trigger'), catalog.profile).toBe(true);
    }
  });

  it('gives each type a unique name within its profile', () => {
    for (const catalog of ALL_CATALOGS) {
      const names = catalog.types.map((step) => step.type);
      expect(new Set(names).size, catalog.profile).toBe(names.length);
    }
  });

  it.each(everyType)('%s has labels and a description in English, Portuguese and Spanish', (name, step) => {
    expectTranslated(step.labels, `${name} label`);
    expectTranslated(step.description, `${name} description`);
    for (const port of step.ports(step.config.parse(step.defaultConfig))) expectTranslated(port.label, `${name} port ${port.id}`);
  });

  it.each(everyType)('%s labels every config field in all three languages', (name, step) => {
    const shape = (step.config as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    for (const [key, child] of Object.entries(shape)) {
      const meta = fieldMeta(child);
      expectTranslated(meta?.label, `${name}.${key}`);
      for (const [value, labels] of Object.entries(meta?.options ?? {})) expectTranslated(labels, `${name}.${key}=${value}`);
    }
  });

  it.each(everyType)('%s summarises its config in the language asked for, English by default', (_name, step) => {
    if (!step.summary) return;
    const config = step.config.parse(step.defaultConfig);
    const english = step.summary(config, 'en');
    expect(step.summary(config)).toBe(english);
    // A default config names nothing of the user's, so any word in the summary is the catalog's own and is translated
    // (HTTP methods, time zones and "Menu", the same in Portuguese, aside).
    const words = (english.match(/\p{L}{3,}/gu) ?? []).filter((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
    if (words.length === 0) return;
    expect(step.summary(config, 'pt-BR')).not.toBe(english);
    expect(step.summary(config, 'es')).not.toBe(english);
  });

  it.each(everyType)('%s accepts its own default config', (_name, step) => {
    expect(step.config.safeParse(step.defaultConfig).error).toBeUndefined();
  });

  it.each(everyType)('%s declares an export and import policy for every reference field', (_name, step) => {
    const declared = step.references.flatMap((ref) => ref.kinds.map((kind) => `${ref.field}:${kind}`)).sort();
    expect(declared).toEqual(referenceFields(step.config));
    for (const ref of step.references) {
      expect(EXPORT_POLICIES).toContain(ref.export);
      expect(IMPORT_POLICIES).toContain(ref.import);
    }
  });

  it('has a default policy for every reference kind in every profile', () => {
    for (const catalog of ALL_CATALOGS) {
      for (const kind of REF_KINDS) {
        expect(EXPORT_POLICIES, `${catalog.profile} ${kind}`).toContain(catalog.refDefaults[kind]?.export);
        expect(IMPORT_POLICIES, `${catalog.profile} ${kind}`).toContain(catalog.refDefaults[kind]?.import);
      }
    }
  });
});
