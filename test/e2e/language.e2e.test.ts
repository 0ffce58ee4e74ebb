import { describe, expect, test } from 'vitest';
import { nodeById, openFromLibrary, UI_SETTLE } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';

const { openSession } = useEditorSessions();

// Landmarks are translated too, so these tests look controls up on the whole page by their translated names.
describe('the editor speaks the user’s language', () => {
  test('a Brazilian Portuguese system gets the editor in Brazilian Portuguese, step forms included', async () => {
    const { page } = await openSession({ locale: 'pt-BR' });

    const library = page.getByRole('navigation', { name: 'Biblioteca' });
    await library.getByRole('button', { name: 'Novo fluxo' }).waitFor();
    await library.getByRole('treeitem', { name: 'Out-of-hours message' }).click();
    await nodeById(page, 'team-busy').click({ position: { x: 12, y: 8 } });

    await page.getByRole('complementary', { name: 'Propriedades' }).getByRole('textbox', { name: 'Mensagem' }).waitFor();
    expect(await page.getByRole('button', { name: 'Adicionar Enviar uma mensagem' }).count()).toBe(1);
    // Steps on the canvas summarise their settings in Portuguese too.
    expect(await nodeById(page, 'business-hours').textContent()).toMatch(/\d+ períodos de atendimento/);
  });

  test('switching the language to Español translates the open editor at once', async () => {
    const { page } = await openSession();
    await openFromLibrary(page, 'Out-of-hours message');
    await nodeById(page, 'team-busy').click({ position: { x: 12, y: 8 } });
    await page.getByRole('textbox', { name: 'Message', exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });

    await page.getByRole('textbox', { name: 'Mensaje', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Agregar Enviar un mensaje' }).count(), UI_SETTLE).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Guardar', exact: true }).count(), UI_SETTLE).toBe(1);
  });
});
