import { stepBehaviour } from '../../behaviour';
import type { ConfigOf } from '../../behaviour';
import { entityName } from '../call-run';
import type { setDisposition } from './set-disposition';

/** Classifies the call with its disposition and reason lists, for reports, and goes on. */
export const setDispositionRun = stepBehaviour<ConfigOf<typeof setDisposition>>({
  enter: (run) => ({
    next: 'next',
    effects: [{ kind: 'dispositionSet', detail: { dispositionList: entityName(run.config.dispositionList), reasonList: entityName(run.config.reasonList) } }],
  }),
});
