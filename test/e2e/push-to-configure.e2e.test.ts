import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTenant } from '../../server/test/tenant-fixtures';
import { startTestServer } from '../../server/test/test-server';
import type { TestServer } from '../../server/test/test-server';
import { waitForEditor } from './support/editor-page';
import { useEditorSessions } from './support/editor-session';
import { TEST_RESULTS_DIR } from './support/paths';

const { openSession } = useEditorSessions();
const SCREENSHOTS_DIR = join(TEST_RESULTS_DIR, 'screenshots');

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer('pglite');
  ({ admin: token } = await makeTenant(server.database.db, 'Student tenant', 'contact-center'));
}, 60_000);
afterAll(() => server?.close());

describe('push of a template that needs finishing', () => {
  // contact-center-import.en.txt: an imported flow comes "including placeholders for each of the configured inputs and entities".
  test('the contact-center example pushes to a fresh tenant: its placeholders are listed to configure and the apply is allowed', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const { page } = await openSession();
    await waitForEditor(page);
    await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
    const tenants = page.getByRole('dialog', { name: 'Tenants' });
    const form = tenants.getByRole('form', { name: 'Add tenant' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Student');
    await form.getByRole('textbox', { name: 'Address' }).fill(server.url);
    await form.getByLabel('Token', { exact: true }).fill(token);
    await form.getByRole('checkbox', { name: 'Store the token unencrypted anyway' }).check();
    await form.getByRole('button', { name: 'Add tenant' }).click();
    await tenants.getByRole('listitem', { name: 'Student' }).waitFor();
    await tenants.getByRole('button', { name: 'Close' }).click();

    const library = page.getByRole('navigation', { name: 'Library' });
    await library.getByRole('treeitem', { name: 'Sales IVR', exact: true }).click();
    await library.getByRole('treeitem', { name: 'After-hours', exact: true }).click({ modifiers: ['Control'] });
    await library.getByRole('toolbar', { name: 'Selected items' }).getByRole('button', { name: 'Push to tenant…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Push 2 flows to a tenant' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const plan = dialog.getByRole('region', { name: 'What importing into Student tenant will do' });
    await plan.waitFor();
    expect(await plan.textContent()).toContain('0 errors, 9 to configure');
    expect(await plan.getByText('arrives as a draft with 5 items to configure').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-push-to-configure-light.png') });

    await dialog.getByRole('button', { name: 'Check on the tenant (dry run)' }).click();
    await dialog.getByRole('region', { name: 'The tenant’s dry run: nothing imported yet' }).waitFor();
    const apply = dialog.getByRole('button', { name: 'Apply to Student' });
    expect(await apply.isEnabled()).toBe(true);
    await apply.click();
    await dialog.getByRole('status').filter({ hasText: 'Report saved as .flowpack/reports/' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'tenant-push-to-configure-done-light.png') });
    const flows = (await (await fetch(`${server.url}/v1/flows`, { headers: { authorization: `Bearer ${token}` } })).json()) as { flows: { status: string }[] };
    expect(flows.flows.map((flow) => flow.status)).toEqual(['draft', 'draft', 'draft']);
  });
});
