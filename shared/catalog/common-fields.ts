import { z } from 'zod';
import { refOf } from '../format/entity-ref';
import type { RefKind } from '../format/entity-ref';
import { field } from './define';
import type { Labels } from './labels';
import type { Port } from './types';
import { catalogTexts } from './catalog-texts';

const text = catalogTexts('common', 'commonFields');

/** Seven days, the default timeout of questions and assignments on conversations platforms. */
export const SEVEN_DAYS_SECONDS = 7 * 24 * 60 * 60;

type TextWidget = 'text' | 'textarea' | 'template' | 'url' | 'email';

/** A piece of text the step cannot run without: blank counts as missing (`CONFIG_REQUIRED`). */
export function requiredText(label: Labels, widget: TextWidget = 'text', max = 10_000) {
  return field(z.string().max(max), { label, widget, required: true });
}

/** Optional text. */
export function optionalText(label: Labels, widget: TextWidget = 'text', max = 10_000) {
  return field(z.string().max(max), { label, widget });
}

/**
 * A reference to one entity of the given kind. Required by default: a placeholder
 * (`{"$ref": kind}` with no id, uuid or name) is reported until one is chosen.
 */
export function refField<K extends RefKind>(kind: K, label: Labels, required = true) {
  return field(refOf(kind), { label, widget: 'ref', required });
}

/** A list of references to entities of the given kind; `required` means at least one. */
export function refListField<K extends RefKind>(kind: K, label: Labels, required = false) {
  return field(z.array(refOf(kind)), { label, widget: 'refList', required });
}

/** A duration in whole seconds, shown as days, hours and minutes. */
export function durationField(label: Labels, min = 1) {
  return field(z.number().int().min(min).max(366 * 24 * 60 * 60), { label, widget: 'duration' });
}

/** "2 d 3 h", "45 min": a duration in seconds as the canvas summarises it, in its largest units. */
export function formatDuration(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const parts = [days && `${days} d`, hours && `${hours} h`, minutes && `${minutes} min`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : `${seconds} s`;
}

/** The `active` flag of pipeline automations. */
export function activeField() {
  return field(z.boolean(), { label: text('field.active.label'), widget: 'checkbox' });
}

export const NEXT_PORT: Port = { id: 'next', role: 'main', label: text('port.next') };
export const TIMEOUT_PORT: Port = { id: 'timeout', role: 'fallback', label: text('port.timeout') };
export const FAILURE_PORT: Port = { id: 'failure', role: 'fallback', label: text('port.failure') };
export const ELSE_PORT: Port = { id: 'else', role: 'fallback', label: text('port.else') };

/** Ports of a step with a single continuation. */
export const nextOnly = (): Port[] => [NEXT_PORT];
/** Ports of a final step. */
export const noPorts = (): Port[] => [];
