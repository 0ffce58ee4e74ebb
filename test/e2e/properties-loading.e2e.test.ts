import { describe, expect, test } from 'vitest';
import { nodeById, openFromLibrary, UI_SETTLE } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';

const { openSession } = useEditorSessions();

// The properties drawer's forms load from chunks of their own on the first selection, so the
// editor's start carries none of their code.
describe('the properties drawer loaded on first selection', () => {
  test('a step’s form whose code cannot be loaded gives a notice, the canvas keeps working, and the next selection loads it', async () => {
    const { page } = await openSession();
    const chunk = /\/assets\/NodeProperties-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('failed'));
    await openFromLibrary(page, 'Out-of-hours message');

    await nodeById(page, 'team-busy').click({ position: { x: 12, y: 8 } });

    await expect.poll(() => page.getByRole('status').textContent(), UI_SETTLE).toContain('Could not show the properties of this selection');
    expect(await page.getByRole('textbox', { name: 'Message', exact: true }).count()).toBe(0);

    await page.unroute(chunk);
    await nodeById(page, 'business-hours').click({ position: { x: 12, y: 8 } });
    await nodeById(page, 'team-busy').click({ position: { x: 12, y: 8 } });
    await page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  });
});
