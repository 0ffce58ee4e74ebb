import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/resources';
import { describeRevisionChanges } from './revision-changes';

const none = { flowFields: 0, stepsAdded: 0, stepsRemoved: 0, stepsChanged: 0, connectionsAdded: 0, connectionsRemoved: 0 };

describe('what a revision changed, in one line of the UI language', () => {
  it('names only the kinds that changed, flow first, then steps, then connections', async () => {
    const t = await translatorFor('en');
    expect(describeRevisionChanges({ ...none, stepsAdded: 2, connectionsRemoved: 1, flowFields: 1 }, t, 'en')).toBe('1 flow field changed, 2 steps added, and 1 connection removed');
    expect(describeRevisionChanges({ ...none, stepsChanged: 1 }, t, 'en')).toBe('1 step changed');
  });

  it('says when nothing changed, and that the oldest kept revision has nothing before it', async () => {
    const t = await translatorFor('en');
    expect(describeRevisionChanges(none, t, 'en')).toBe('No change');
    expect(describeRevisionChanges(null, t, 'en')).toBe('The first revision kept');
  });

  it('speaks Spanish and Portuguese, with their plurals and their way of joining a list', async () => {
    expect(describeRevisionChanges({ ...none, stepsAdded: 1, connectionsAdded: 2 }, await translatorFor('es'), 'es')).toBe('1 paso añadido y 2 conexiones añadidas');
    expect(describeRevisionChanges({ ...none, stepsRemoved: 3, stepsChanged: 1 }, await translatorFor('pt-BR'), 'pt-BR')).toBe('3 passos removidos e 1 passo alterado');
  });
});
