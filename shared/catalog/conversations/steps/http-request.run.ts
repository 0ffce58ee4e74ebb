import { stepBehaviour } from '../../behaviour';
import type { ConfigOf, StepResult } from '../../behaviour';
import type { httpRequest } from './http-request';

/**
 * Records the request (method and address; never its headers, which carry keys and tokens,
 * nor its body) and waits for the answer, which the caller gives: a simulator's mock, a flow
 * test's `http` input, the tenant's real call. A 2xx answer goes by `success`, keeping the body
 * in the response variable when one is named; any other status, or no answer, by `failure`.
 * The platforms do not document how long a request may take; the run waits without a
 * deadline and a `timeout` input (the caller giving up) counts as no answer.
 */
export const httpRequestRun = stepBehaviour<ConfigOf<typeof httpRequest>>({
  enter: (run) => ({ wait: 'http', effects: [{ kind: 'httpRequested', detail: { method: run.config.method, url: run.fill(run.config.url) } }] }),
  resume: (run, input): StepResult => {
    if (input.kind !== 'http' || input.status < 200 || input.status > 299) return { next: 'failure' };
    return { next: 'success', variables: run.config.responseVariable ? { [run.config.responseVariable]: input.body ?? '' } : {} };
  },
});
