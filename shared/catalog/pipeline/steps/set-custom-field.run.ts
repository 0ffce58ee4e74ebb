import type { ConfigOf } from '../../behaviour';
import { fieldKeyOf } from '../../field-values';
import { automationBehaviour } from '../automation-run';
import type { setCustomField } from './set-custom-field';

/** Writes the value into the card's field (a blank value clears it) and goes on. */
export const setCustomFieldRun = automationBehaviour<ConfigOf<typeof setCustomField>>((run) => ({
  next: 'next',
  effects: [{ kind: 'fieldSet', detail: { field: fieldKeyOf(run.config.customField), value: run.fill(run.config.value) } }],
}));
