import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { contactTagUpdated } from './contact-tag-updated';

/** Starts when the chosen tag is added (or removed, as configured); another tag, or the other action, does not. */
export const contactTagUpdatedRun = triggerBehaviour<ConfigOf<typeof contactTagUpdated>>({
  starts: (config, event) => heardIn(contactTagUpdated.listens!(config), event),
  sampleEvent: (config): RunEvent => ({ event: config.action === 'added' ? 'tag.added' : 'tag.removed', ref: config.tag }),
});
