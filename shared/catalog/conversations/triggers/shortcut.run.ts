import { triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import type { shortcut } from './shortcut';

/** An agent clicked a workflow shortcut in a conversation; `data.shortcut` is its name. */
export const SHORTCUT_CLICKED = 'shortcut.clicked';

/** Starts when an agent clicks this workflow's shortcut (by its name) in the contact's conversation. */
export const shortcutRun = triggerBehaviour<ConfigOf<typeof shortcut>>({
  starts: (config, event) => event.event === SHORTCUT_CLICKED && config.name !== '' && event.data?.shortcut === config.name,
  sampleEvent: (config): RunEvent => ({ event: SHORTCUT_CLICKED, data: { shortcut: config.name } }),
});
