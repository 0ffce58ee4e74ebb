import type { Locator, Page } from 'playwright-core';

/** The tenant dialogs as users find them, shared by the tenant specs. */
export const tenantsDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Tenants' });

/**
 * Opens the Tenants dialog from the top bar and submits its add form, agreeing to unencrypted
 * storage (the browser host has no keychain); returns the form, the dialog left open.
 */
export async function addTenant(page: Page, name: string, address: string, token: string): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Tenants' }).click();
  const form = tenantsDialog(page).getByRole('form', { name: 'Add tenant' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Address' }).fill(address);
  await form.getByLabel('Token (optional)', { exact: true }).fill(token);
  await form.getByRole('checkbox', { name: 'Store the token unencrypted anyway' }).check();
  await form.getByRole('button', { name: 'Add tenant' }).click();
  return form;
}

/** Adds a tenant connection and waits until the Tenants dialog lists it; the dialog stays open. */
export async function connectTenant(page: Page, name: string, address: string, token: string): Promise<Locator> {
  await addTenant(page, name, address, token);
  const row = tenantsDialog(page).getByRole('listitem', { name });
  await row.waitFor();
  return row;
}

/** A tenant API call with the test's token, as a colleague's script or another client makes it. */
export function tenantFetch(baseUrl: string, token: string) {
  return (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}
