import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { canvas, errorIndicator, indicatorText, nodeById, openFromLibrary, problems, properties, UI_SETTLE, waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { changeFlowOnDisk } from './support/flow-files';

const { openSession } = useEditorSessions();

const stepName = (page: Page) => properties(page).getByRole('textbox', { name: 'Step name' });

/**
 * Opens an example flow, empties the required text of its "Team is busy" step, then selects
 * the trigger (after fitting the view) and zooms in so the faulty step is neither selected nor in view.
 */
async function breakTeamIsBusy(page: Page): Promise<void> {
  await waitForEditor(page);
  await openFromLibrary(page, 'Out-of-hours message');
  await nodeById(page, 'team-busy').click({ position: { x: 12, y: 8 } });
  await properties(page).getByRole('textbox', { name: 'Message' }).fill('');
  await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 0 warnings');
  // The whole flow in view, so the trigger can be clicked wherever editing left the view.
  await canvas(page).getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(250);
  await nodeById(page, 'trigger').click({ position: { x: 12, y: 8 } });
  await expect.poll(() => stepName(page).inputValue(), UI_SETTLE).toBe('Conversation opened');
  // Zoom in (about the centre) until the faulty step is no longer wholly on screen.
  const zoomIn = canvas(page).getByRole('button', { name: 'Zoom in' });
  for (let clicks = 0; clicks < 12 && (await isInView(page, nodeById(page, 'team-busy'))); clicks++) {
    await zoomIn.click();
    await page.waitForTimeout(250);
  }
  expect(await isInView(page, nodeById(page, 'team-busy'))).toBe(false);
}

/** Whether a node is wholly inside the visible canvas. */
async function isInView(page: Page, node: Locator): Promise<boolean> {
  const [box, pane] = await Promise.all([node.boundingBox(), canvas(page).locator('.react-flow').boundingBox()]);
  if (box === null || pane === null) return false;
  return box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height;
}

/** The faulty step is selected, in view, outlined as an error, and its properties are open. */
async function expectFocusedOnTeamIsBusy(page: Page): Promise<void> {
  await expect.poll(() => stepName(page).inputValue(), UI_SETTLE).toBe('Team is busy');
  await expect.poll(() => isInView(page, nodeById(page, 'team-busy')), UI_SETTLE).toBe(true);
  expect(await nodeById(page, 'team-busy').getAttribute('class')).toMatch(/\bselected\b/);
  expect(await nodeById(page, 'team-busy').getAttribute('class')).toContain('has-error');
}

describe('finding the steps that have problems', () => {
  test('the error indicator lists the faulty steps, and picking one brings it into view with its properties open', async () => {
    const { page } = await openSession();
    await breakTeamIsBusy(page);

    await errorIndicator(page).click();
    await page.getByRole('dialog', { name: 'Steps with problems' }).getByRole('button', { name: /^Team is busy/ }).click();

    await expectFocusedOnTeamIsBusy(page);
  });

  test('a row of the Problems panel names its severity, and clicking it brings its step into view', async () => {
    const { page } = await openSession();
    await breakTeamIsBusy(page);

    await problems(page).getByRole('button', { name: /^To configure: "Message" is required\./ }).click();

    await expectFocusedOnTeamIsBusy(page);
  });

  test('a flow saved with a problem shows it as soon as it opens, outlined on its step, and mending it clears it', async () => {
    const { page, workspace } = await openSession();
    await changeFlowOnDisk(workspace.root, 'conversations/out-of-hours-message.flow.json', (flow) => {
      flow.nodes.find((node) => node.id === 'team-busy')!.config.text = '';
    });
    await waitForEditor(page);
    await openFromLibrary(page, 'Out-of-hours message');

    // What the host found reading the file, shown before any edit.
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('1 error, 0 warnings');
    await problems(page).getByRole('button', { name: /^To configure: "Message" is required\./ }).click();
    await expectFocusedOnTeamIsBusy(page);

    await properties(page).getByRole('textbox', { name: 'Message' }).fill('We are busy, back soon.');
    await expect.poll(() => indicatorText(page), UI_SETTLE).toBe('No problems');
    expect(await nodeById(page, 'team-busy').getAttribute('class')).not.toContain('has-error');
  });
});
