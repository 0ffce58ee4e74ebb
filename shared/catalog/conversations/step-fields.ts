import { z } from 'zod';
import { formatHint } from '../format-hints';
import { SEVEN_DAYS_SECONDS } from '../common-fields';
import { field } from '../define';
import type { Labels } from '../labels';
import { catalogTexts } from '../catalog-texts';

const text = catalogTexts('conversations', 'stepFields');

/**
 * How long a question or an assignment waits before following its `timeout` port: from one
 * minute up to seven days, the longest the platform waits (and its default).
 */
export function timeoutField() {
  return field(z.number().int().min(60).max(SEVEN_DAYS_SECONDS), {
    label: text('field.timeout.label'),
    widget: 'duration',
  });
}

/** The name of a workflow variable later steps use as `{{name}}`; empty for none. */
export function variableNameField(label: Labels) {
  return field(
    z
      .string()
      .max(50)
      .regex(/^([A-Za-z_][A-Za-z0-9_]*)?$/, formatHint('variableName')),
    { label, widget: 'text' },
  );
}
