import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TEST_RESULTS_DIR } from './support/paths';
import { nodeById, openFromLibrary, UI_SETTLE } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';

const { openSession } = useEditorSessions();

/** How wide a select's chosen option or an input's placeholder is, and how wide its box is inside. */
function textWidths(control: Locator): Promise<{ needed: number; has: number }> {
  return control.evaluate((element) => {
    const field = element as unknown as { selectedOptions?: ArrayLike<{ textContent: string | null }>; placeholder?: string; clientWidth: number };
    const doc = element.ownerDocument;
    const style = doc.defaultView!.getComputedStyle(element);
    const probe = doc.createElement('span');
    probe.style.font = style.font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = field.selectedOptions?.[0]?.textContent ?? field.placeholder ?? '';
    doc.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return { needed, has: field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
}

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

  test('under Portuguese no label is cut short, no verb is doubled and a time of day has no AM/PM', async () => {
    const { page } = await openSession({ locale: 'pt-BR' });
    const library = page.getByRole('navigation', { name: 'Biblioteca' });
    await library.getByRole('combobox', { name: 'Filtrar por perfil' }).waitFor();
    // The profile filter and the search box are at least as wide as their texts ("Todos os pe" was cut beside the checkbox).
    const filterFit = await textWidths(library.getByRole('combobox', { name: 'Filtrar por perfil' }));
    expect(filterFit.has).toBeGreaterThan(filterFit.needed);
    const searchFit = await textWidths(library.getByRole('searchbox'));
    expect(searchFit.has).toBeGreaterThan(searchFit.needed);
    mkdirSync(join(TEST_RESULTS_DIR, 'screenshots'), { recursive: true });
    await library.screenshot({ path: join(TEST_RESULTS_DIR, 'screenshots', 'language-pt-library.png') });

    await library.getByRole('treeitem', { name: 'Out-of-hours message' }).click();
    // A palette step whose label starts with the verb is not named "Adicionar Adicionar ...".
    expect(await page.getByRole('button', { name: /^Adicionar Adicionar/ }).count()).toBe(0);
    await nodeById(page, 'business-hours').click({ position: { x: 12, y: 8 } });
    const from = page.getByRole('complementary', { name: 'Propriedades' }).getByRole('textbox', { name: /Das/ }).first();
    await from.waitFor();
    expect(await from.inputValue()).toMatch(/^\d\d:\d\d$/);
    await page.screenshot({ path: join(TEST_RESULTS_DIR, 'screenshots', 'language-pt-business-hours.png') });
  });
});
