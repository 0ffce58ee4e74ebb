import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import { fieldKeyOf } from '../../field-values';
import type { updateCustomField } from './update-custom-field';

/** Writes the value (a blank value clears the field) and goes on; later conditions read it back. */
export const updateCustomFieldRun = stepBehaviour<ConfigOf<typeof updateCustomField>>({
  enter: (run) => ({
    next: 'next',
    effects: [{ kind: 'fieldSet', detail: { field: fieldKeyOf(run.config.customField), value: run.fill(run.config.value) } }],
  }),
});
