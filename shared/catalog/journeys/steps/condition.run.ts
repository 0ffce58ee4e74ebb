import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepRun } from '../../behaviour';
import { compareValue, fieldKeyOf } from '../../field-values';
import type { condition } from './condition';

type ConditionConfig = ConfigOf<typeof condition>;

/** Whether the contact meets the condition's test, as the contact stands when the run reaches it. */
function holds(run: StepRun<ConditionConfig>): boolean {
  const test = run.config.condition;
  switch (test.kind) {
    case 'segment': {
      // Segments a run knows of are names (Subject.segments); a reference is matched by its name, else its id.
      const wanted = test.segment.name ?? test.segment.id;
      return wanted !== undefined && (run.subject.segments ?? []).includes(wanted);
    }
    case 'customField':
      return compareValue(run.subject.fields[fieldKeyOf(test.customField)], test.operator, run.fill(test.value));
    case 'productFilter':
      // The platforms do not say how a product filter is evaluated (which products a contact
      // viewed or bought is the shop's data, not the contact's): the world answers, per step,
      // "yes" when the contact matches; by default nobody does.
      return test.products.length > 0 && run.world('products') === 'yes';
  }
}

/** Sends the contact down "yes" when the test holds, else down "no". */
export const conditionRun = stepBehaviour<ConditionConfig>({
  enter: (run) => ({ next: holds(run) ? 'yes' : 'no' }),
});
