import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { formAction, TestBrowser } from '../../server/test/sign-in-browser';
import { REPO_ROOT } from './run-cli';

/** The password of every person server/test/tenant-fixtures.ts makes. */
export const TEST_PASSWORD = 'a test password';

/** The name/value pairs of a page's form fields that carry a value (hidden fields, a prefilled code). */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1];
    if (name && value !== undefined) fields[name] = value;
  }
  return fields;
}

/** What a person does in a browser with the code the terminal shows: enter it, confirm, sign in, allow. */
async function approveOnDevicePage(tenantUrl: string, email: string, userCode: string): Promise<string> {
  const browser = new TestBrowser(tenantUrl);
  const input = await browser.get('/oidc/device');
  const inputHtml = await input.text();
  expect(inputHtml).toContain('<label for="user_code">');
  const confirm = await browser.post(formAction(inputHtml), { ...formFields(inputHtml), user_code: userCode });
  const confirmHtml = await confirm.text();
  expect(confirmHtml).toContain(userCode);
  const signIn = await browser.follow(await browser.post(formAction(confirmHtml), formFields(confirmHtml)));
  const consent = await browser.follow(await browser.post(formAction(await signIn.response.text()), { email, password: TEST_PASSWORD }));
  const done = await browser.follow(await browser.post(formAction(await consent.response.text()), { decision: 'allow' }));
  expect(done.response.status).toBe(200);
  return done.response.text();
}

/**
 * Runs `flowpack login --tenant <tenantUrl>` as a child process with `env`, and approves its code
 * on the device page as the person with `email` when it prints one.
 */
export function loginWithDevice(
  tenantUrl: string,
  email: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string; page: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'cli/bin/flowpack.js'), 'login', '--tenant', tenantUrl, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    let approval: Promise<string> | undefined;
    const look = () => {
      const code = /enter the code ([A-Z]{4}-[A-Z]{4})/.exec(stdout + stderr)?.[1];
      if (code && !approval) {
        approval = approveOnDevicePage(tenantUrl, email, code);
        // The login would wait for an approval that never comes: end it, and the test with the reason.
        approval.catch((error: unknown) => {
          child.kill();
          reject(error);
        });
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      look();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      look();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!approval) return resolve({ code: code ?? -1, stdout, stderr, page: '' });
      approval.then((page) => resolve({ code: code ?? -1, stdout, stderr, page }), reject);
    });
  });
}
