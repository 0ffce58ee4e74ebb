import type { ConfigOf } from '../../behaviour';
import { automationBehaviour } from '../automation-run';
import type { addTags } from './add-tags';

/** Adds each tag to the card, by name: tags travel and are matched by their names. */
export const addTagsRun = automationBehaviour<ConfigOf<typeof addTags>>((run) => ({
  next: 'next',
  effects: run.config.tags.flatMap((tag) => {
    const name = tag.name ?? tag.id;
    return name === undefined ? [] : [{ kind: 'tagAdded' as const, detail: { tag: name } }];
  }),
}));
