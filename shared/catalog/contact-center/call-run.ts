import type { EffectInput, StepResult, StepRun } from '../behaviour';
import type { EntityRef } from '../../format/entity-ref';
import type { Prompt } from './call-fields';

/**
 * What the run-time behaviours of call steps share: what a prompt sounds like, and how a step
 * that waits for keys counts its attempts. Imported by `*.run.ts` files only, never by the
 * declarations, so that the editor's start does not load it.
 */

/** A prompt as the caller hears it: the spoken text with its placeholders filled, or the recording's name. */
export function promptPlayed(run: StepRun<unknown>, prompt: Prompt): EffectInput {
  return prompt.source === 'tts'
    ? { kind: 'promptPlayed', detail: { source: 'tts', prompt: run.fill(prompt.text) } }
    : { kind: 'promptPlayed', detail: { source: 'mediaPrompt', prompt: entityName(prompt.mediaPrompt) } };
}

/** The name an effect shows for a tenant entity: its name, else its id. */
export function entityName(ref: EntityRef): string {
  return ref.name ?? ref.id ?? ref.uuid ?? '';
}

/** The run variable where a step that asks for keys counts its attempts: `<node id>.attempt`. */
function attemptVariable(run: StepRun<unknown>): string {
  return `${run.node.id}.attempt`;
}

interface KeyQuestion {
  prompt: Prompt;
  inputTimeoutSeconds: number;
  maxAttempts: number;
}

/**
 * Plays the prompt and waits for keys until the input timeout. The attempt is kept in a run
 * variable of the step's own (behaviours hold no state), so a step reached again later, by a
 * connection that loops back, starts counting anew.
 */
export function askForKeys(run: StepRun<KeyQuestion>, attempt = 1): StepResult {
  return {
    wait: 'digits',
    deadline: run.now + run.config.inputTimeoutSeconds * 1000,
    effects: [promptPlayed(run, run.config.prompt)],
    variables: { [attemptVariable(run)]: attempt },
  };
}

/**
 * An attempt without a valid answer: the prompt plays again while attempts remain, then the
 * call leaves by `port` (`noInput` or `invalid`). The platforms' page says nothing of run time;
 * the type's help text says so: after this many attempts without a valid answer the call leaves
 * through "No input" or "Invalid", which is what call-flow platforms ordinarily do.
 */
export function retryOrLeave(run: StepRun<KeyQuestion>, port: 'noInput' | 'invalid'): StepResult {
  const attempt = Number(run.variables[attemptVariable(run)] ?? 1);
  return attempt < run.config.maxAttempts ? askForKeys(run, attempt + 1) : { next: port };
}
