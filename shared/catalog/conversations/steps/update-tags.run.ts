import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, EffectInput } from '../../behaviour';
import type { addRemoveTags } from './update-tags';

/** Adds or removes each chosen tag, by name, and goes on. */
export const updateTagsRun = stepBehaviour<ConfigOf<typeof addRemoveTags>>({
  enter: (run) => ({
    next: 'next',
    effects: run.config.tags.flatMap((ref): EffectInput[] => {
      const tag = ref.name ?? ref.id;
      if (tag === undefined) return [];
      return [{ kind: run.config.action === 'add' ? 'tagAdded' : 'tagRemoved', detail: { tag } }];
    }),
  }),
});
