import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/resources';
import { paletteItemName } from './palette-item-name';

describe('the names of palette buttons', () => {
  it('puts the verb before a step’s label', async () => {
    expect(paletteItemName(await translatorFor('en'), 'Send a message')).toBe('Add Send a message');
    expect(paletteItemName(await translatorFor('pt-BR'), 'Aguardar')).toBe('Adicionar Aguardar');
  });

  it('never doubles the verb when the label starts with it (“Adicionar ou remover tags”)', async () => {
    expect(paletteItemName(await translatorFor('pt-BR'), 'Adicionar ou remover tags')).toBe('Adicionar ou remover tags');
    expect(paletteItemName(await translatorFor('es'), 'Agregar o quitar etiquetas')).toBe('Agregar o quitar etiquetas');
    expect(paletteItemName(await translatorFor('en'), 'Add or remove tags')).toBe('Add or remove tags');
  });
});
