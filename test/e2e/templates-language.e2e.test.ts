import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeById, UI_SETTLE } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { SCREENSHOTS_DIR } from './support/pack-dialogs';
import { listFlowFiles } from './support/temp-workspace';

const { openSession } = useEditorSessions();

describe('built-in templates speak the editor’s language', () => {
  test('after switching to Português, the gallery names the templates in Portuguese and a flow made from one has Portuguese steps and messages', async () => {
    // given an editor switched to Brazilian Portuguese
    const { page, workspace } = await openSession();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Português (Brasil)' });
    const library = page.getByRole('navigation', { name: 'Biblioteca' });
    await library.getByRole('button', { name: 'Novo fluxo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo fluxo' });
    // The segment's label covers its radio button, as a person sees it: click the label.
    await dialog.locator('label.segment', { hasText: 'Modelo' }).click();

    // when the gallery shows, and a template is chosen
    const gallery = dialog.getByRole('radiogroup', { name: 'Modelos' });
    const cart = gallery.getByRole('radio', { name: /^Carrinho abandonado/ });
    await cart.waitFor();
    expect(await gallery.getByRole('radio', { name: /^Abandoned cart/ }).count()).toBe(0);
    await gallery.getByRole('radio', { name: /^URA de vendas/ }).waitFor();
    await gallery.locator('label.template-card', { hasText: 'Carrinho abandonado' }).click();
    expect(await cart.isChecked()).toBe(true);
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Nome', exact: true }).inputValue(), UI_SETTLE).toBe('Carrinho abandonado');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'templates-gallery-pt-BR.png') });
    const before = new Set(await listFlowFiles(workspace.root));
    await dialog.getByRole('button', { name: 'Criar' }).click();

    // then the new flow opens with Portuguese step names, and its file holds Portuguese messages
    await page.getByRole('tablist', { name: 'Fluxos abertos' }).getByRole('tab', { name: 'Carrinho abandonado', exact: true }).waitFor();
    await expect.poll(() => nodeById(page, 'reminder-email').textContent(), UI_SETTLE).toContain('Lembrete: itens no seu carrinho');
    expect(await nodeById(page, 'wait-1d').textContent()).toContain('Aguardar 1 dia');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'templates-flow-pt-BR.png') });
    await nodeById(page, 'reminder-email').click({ position: { x: 12, y: 8 } });
    const properties = page.getByRole('complementary', { name: 'Propriedades' });
    await expect.poll(() => properties.getByRole('textbox', { name: 'Assunto', exact: true }).inputValue(), UI_SETTLE).toBe('Você esqueceu algo no seu carrinho');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'templates-step-pt-BR.png') });

    const created = (await listFlowFiles(workspace.root)).filter((path) => !before.has(path));
    expect(created).toHaveLength(1);
    const flow = JSON.parse(await readFile(join(workspace.root, created[0]!), 'utf8'));
    expect(flow.name).toBe('Carrinho abandonado');
    const reminder = flow.nodes.find((node: { id: string }) => node.id === 'reminder-email');
    expect(reminder.config.subject).toBe('Você esqueceu algo no seu carrinho');
    expect(reminder.config.body).toContain('Você deixou algumas coisas no seu carrinho.');
  });
});
