import type { z } from 'zod';
import { fieldRegistry } from './field-registry';
import type { FieldMeta, StepType } from './types';

/**
 * Declares a step type with its config type inferred from the schema, so `ports`,
 * `summary` and the other callbacks are type-checked against the config.
 *
 * @remarks
 * `config` is a function that builds the schema; the step type builds it on first use and
 * keeps it. The catalog declares about fifty types across four profiles, and an editor with
 * one flow open uses a handful: built at import, their schemas took more memory than the
 * flow's own steps. Palette, labels and ports never touch the schema.
 */
export function defineStep<S extends z.ZodType<Record<string, unknown>>>(
  declaration: Omit<StepType<z.output<S>>, 'config' | 'defaultConfig'> & { config: () => S; defaultConfig: z.output<S> },
): StepType<z.output<S>> {
  const { config: build, ...rest } = declaration;
  let schema: S | undefined;
  return Object.defineProperty(rest, 'config', { get: () => (schema ??= build()), enumerable: true }) as unknown as StepType<z.output<S>>;
}

/**
 * Attaches a label and widget hint to a config field schema; forms read them back with
 * {@link fieldMeta}. The metadata goes on a copy, so one schema (a time, a reference) can
 * serve as several fields with labels of their own.
 */
export function field<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
  const copy = schema.clone() as S;
  fieldRegistry.add(copy, meta);
  return copy;
}

export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return fieldRegistry.get(schema);
}
