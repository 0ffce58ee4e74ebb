import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import type { updateContactField } from './update-contact-field';

/** Sets the contact field to the value with its placeholders filled (an empty value clears it) and goes on. */
export const updateContactFieldRun = stepBehaviour<ConfigOf<typeof updateContactField>>({
  enter: (run) => {
    const field = run.config.field.name ?? run.config.field.id;
    if (field === undefined) return { next: 'next' };
    return { next: 'next', effects: [{ kind: 'fieldSet', detail: { field, value: run.fill(run.config.value) } }] };
  },
});
