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
      // Who is in a segment changes while contacts wait (a contact who buys joins "Purchased");
      // the world may say so at this step ("yes"/"no"), else the contact's segments as the run
      // started, by the segment's name (else its id), are what counts.
      const answer = run.world('segment');
      if (answer !== undefined) return answer === 'yes';
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
