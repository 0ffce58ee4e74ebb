import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ALL_CATALOGS, findStepType } from './registry';

// journeys-workflows.en.txt: a started workflow allows editing "only ... some of the configurations of certain nodes".
describe('fields editable while a flow runs, declared beside each step schema', () => {
  const declared = ALL_CATALOGS.flatMap((catalog) => catalog.types.filter((type) => type.editableWhileRunning !== undefined).map((type) => [catalog.profile, type] as const));

  it.each(declared.map(([profile, type]) => [`${profile}/${type.type}`, type] as const))('%s names only fields of its own config schema', (_name, type) => {
    const shape = (type.config as z.ZodObject).shape;
    for (const key of type.editableWhileRunning!) expect(Object.keys(shape)).toContain(key);
  });

  it('lets journeys correct message texts and wait durations, and nothing that routes contacts', () => {
    expect(findStepType('journeys', 'sendEmail')?.editableWhileRunning).toEqual(['subject', 'preheader', 'body']);
    expect(findStepType('journeys', 'wait')?.editableWhileRunning).toEqual(['duration']);
    expect(findStepType('journeys', 'condition')?.editableWhileRunning).toEqual([]);
    const triggers = ALL_CATALOGS.find((c) => c.profile === 'journeys')!.types.filter((type) => type.role === 'trigger');
    expect(triggers.every((type) => (type.editableWhileRunning ?? []).length === 0)).toBe(true);
  });
});
