import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { openExportOfTwoFlows, saveExport, SCREENSHOTS_DIR } from './support/pack-dialogs';

const { openSession } = useEditorSessions();

const OUT_OF_HOURS = 'conversations/out-of-hours-message.flow.json';
const SUPPORT_ADDRESS = 'help@casaverde.example';
const PHONE = '+44 20 7946 0958';

describe('personal data in an exported pack (browser host)', () => {
  test('is removed and listed by default; Keep puts one value back, and the pack says it was kept on purpose', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page, workspace } = await openSession();
    const root = workspace.root;
    await waitForEditor(page);
    // An author wrote a support address and a personal phone number into a flow's description.
    const flow = JSON.parse(await readFile(join(root, OUT_OF_HOURS), 'utf8')) as { description: string };
    flow.description = `Questions? Write to ${SUPPORT_ADDRESS} or call Maria on ${PHONE}.`;
    await writeFile(join(root, OUT_OF_HOURS), `${JSON.stringify(flow, null, 2)}\n`);

    const dialog = await openExportOfTwoFlows(page);
    await dialog.getByRole('textbox', { name: 'Pack name' }).fill('Support basics');
    const report = dialog.getByRole('table', { name: 'What export removes or changes' });
    await expect.poll(() => report.textContent()).toContain('e-mail address removed');
    await expect.poll(() => report.textContent()).toContain('phone number removed');

    // The address is the author's on purpose: Keep it. The phone number stays removed.
    await report.getByTitle(new RegExp(`^Keep “${SUPPORT_ADDRESS.replace('.', '\\.')}”`)).click();
    await expect.poll(() => dialog.textContent()).toContain('Kept on purpose:');
    await expect.poll(() => report.textContent()).not.toContain('e-mail address removed');
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'export-keep-personal-data-light.png') });

    await dialog.getByRole('textbox', { name: 'Save as (in the workspace)' }).fill('support.flowpack');
    await saveExport(dialog);
    const text = await readFile(join(root, 'support.flowpack'), 'utf8');
    expect(text).toContain(SUPPORT_ADDRESS);
    expect(text).not.toContain('7946');
    const pack = JSON.parse(text) as { manifest: { kept?: { what: string; action: string }[] } };
    expect(pack.manifest.kept).toEqual([expect.objectContaining({ action: 'kept', what: expect.stringContaining('e-mail address') })]);
  });
});
