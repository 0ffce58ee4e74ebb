import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/catalog/labels';
import { findStepType } from '../../../shared/catalog/registry';
import { walkConfigFields } from '../../../shared/catalog/schema-walk';
import type { FieldMeta } from '../../../shared/catalog/types';
import type { Profile } from '../../../shared/format/profiles';
import { PROFILES } from '../../../shared/format/profiles';
import { labelIn, labelOrNull } from '../i18n/catalog-text';

/** The catalog's metadata of a step's top-level config field: its label and widget. */
export function configFieldMeta(profile: string, type: string, key: string): FieldMeta | undefined {
  const step = (PROFILES as readonly string[]).includes(profile) ? findStepType(profile as Profile, type) : undefined;
  let found: FieldMeta | undefined;
  if (step) {
    walkConfigFields(step.config, ({ meta, path }) => {
      if (path.length === 1 && path[0] === key) found = meta;
      return true;
    });
  }
  return found;
}

/** A step's type in the UI's language, as the palette names it. */
export function stepTypeLabel(profile: string, type: string, locale: Locale): string {
  const step = (PROFILES as readonly string[]).includes(profile) ? findStepType(profile as Profile, type) : undefined;
  return labelOrNull(step?.labels, locale) ?? type;
}

/**
 * The name of a merge unit in the UI's language: a config field by the catalog's label (as the
 * drawer and the Problems panel name it), a step's or the flow's own field by the app's word.
 */
export function fieldLabel(key: readonly string[], profile: string, type: string | undefined, locale: Locale, t: TFunction): string {
  if (key[0] === 'config' && type !== undefined) return labelOrNull(configFieldMeta(profile, type, key[1]!)?.label, locale) ?? key[1]!;
  return t(`merge.field.${key[0]}`, { defaultValue: key.join('.') });
}

/** "1 hour 30 minutes": a duration in seconds in its units, in the UI's language. */
export function durationText(seconds: number, t: TFunction): string {
  const total = Math.max(0, Math.floor(seconds));
  const parts: [string, number][] = [
    ['days', Math.floor(total / 86_400)],
    ['hours', Math.floor((total % 86_400) / 3_600)],
    ['minutes', Math.floor((total % 3_600) / 60)],
    ['seconds', total % 60],
  ];
  const shown = parts.filter(([, count]) => count > 0);
  return (shown.length > 0 ? shown : [parts[3]!]).map(([unit, count]) => t(`merge.duration.${unit}`, { count })).join(' ');
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A reference as a person knows it: by the entity's name, else its id. */
function refText(value: Record<string, unknown>): string | undefined {
  if (typeof value.$ref !== 'string') return undefined;
  const name = [value.name, value.id, value.uuid].find((part) => typeof part === 'string' && part !== '');
  return typeof name === 'string' ? name : undefined;
}

/**
 * A value of a merge unit as text in the UI's language: durations with their units, a choice by
 * its label, references by name, yes or no; other structures as compact JSON. Never cut: the
 * view decides how much of a long text to show.
 */
export function valueText(value: unknown, meta: FieldMeta | undefined, locale: Locale, t: TFunction): string {
  if (value === undefined || value === null) return t('merge.none_value');
  if (value === '') return t('merge.empty');
  if (typeof value === 'number' && meta?.widget === 'duration') return durationText(value, t);
  if (typeof value === 'string' && meta?.options?.[value]) return labelIn(meta.options[value], locale);
  if (typeof value === 'boolean') return t(value ? 'merge.yes' : 'merge.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value) && refText(value) !== undefined) return refText(value)!;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => isRecord(item) && refText(item) !== undefined)) {
    return value.map((item) => refText(item as Record<string, unknown>)).join(', ');
  }
  return JSON.stringify(value);
}
