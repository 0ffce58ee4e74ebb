import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/templates/template';
import { templateShown } from './catalog-text';
import { PSEUDO_LOCALE, pseudoLocalize } from './pseudo-locale';

const builtin: Template = { id: 'journeys/abandoned-cart', name: 'Abandoned cart', description: 'Reminds a contact of a cart left behind.', profile: 'journeys', kind: 'standard', source: 'builtin', text: '{}' };
const saved: Template = { ...builtin, id: 'Mine.flow.json', name: 'My cart reminder', description: 'As I wrote it.', source: 'user' };

describe('templates in the gallery under the pseudo-locale', () => {
  const language = i18next.language;
  afterEach(() => {
    i18next.language = language;
  });

  it('pseudo-translates a built-in template’s name and description, texts the app ships', () => {
    i18next.language = PSEUDO_LOCALE;
    expect(templateShown(builtin)).toMatchObject({ name: pseudoLocalize(builtin.name), description: pseudoLocalize(builtin.description), text: builtin.text });
  });

  it('shows a template the user saved as saved: it is the user’s content', () => {
    i18next.language = PSEUDO_LOCALE;
    expect(templateShown(saved)).toEqual(saved);
  });

  it('changes nothing in a real language', () => {
    i18next.language = 'pt-BR';
    expect(templateShown(builtin)).toEqual(builtin);
  });
});
