import { heardIn, triggerBehaviour } from '../../behaviour';
import type { ConfigOf, RunEvent } from '../../behaviour';
import { enteredSegment } from './entered-segment';

/** Enrols the contact who enters the trigger's segment; entering another segment does nothing. */
export const enteredSegmentRun = triggerBehaviour<ConfigOf<typeof enteredSegment>>({
  starts: (config, event) => heardIn(enteredSegment.listens!(config), event),
  sampleEvent: (config): RunEvent => ({ event: 'segment.entered', ref: config.segment }),
});
