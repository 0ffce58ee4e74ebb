import { stepBehaviour } from '../../behaviour';
import { fieldKeyOf } from '../../field-values';
import type { ConfigOf } from '../../behaviour';
import type { updateContactField } from './update-contact-field';

/** Sets the contact field to the value with its placeholders filled (an empty value clears it) and goes on. */
export const updateContactFieldRun = stepBehaviour<ConfigOf<typeof updateContactField>>({
  enter: (run) => {
    const field = fieldKeyOf(run.config.field);
    if (field === '') return { next: 'next' };
    return { next: 'next', effects: [{ kind: 'fieldSet', detail: { field, value: run.fill(run.config.value) } }] };
  },
});
