import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { packSchema } from '../../shared/pack/pack-schema';
import { loadFlow } from '../../shared/validation/load-flow';
import { exportPack } from '../../shared/pack/export/export-pack';
import { validFlow } from './tenant-fixtures';

/**
 * The pipeline pack of the planning fixtures: one flow that adds the tag "New client", sets
 * the custom field "Onboarding status", sends an email (with sender and attachment), creates
 * a task, posts to the client feed (with an author), and has the metric "Days to go live".
 */
export const ONBOARDING_FLOW_ID = '54371eb3-5096-4e45-8c6f-bd1f4c471873';

export function onboardingPack(): Pack {
  const file = fileURLToPath(new URL('../../test/fixtures/import/packs/pipeline-onboarding.flowpack', import.meta.url));
  return packSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The onboarding pack signed, then changed after signing. */
export function tamperedPack(): Pack {
  const signed = signPack(onboardingPack(), privateKeyFile(generateKeyPair('Trainer')));
  return { ...signed, manifest: { ...signed.manifest, name: 'Changed after signing' } };
}

/** A conversations pack of `count` starter workflows, exported as `flowpack export` would. */
export function packOfFlows(count: number): Pack {
  const flows = Array.from({ length: count }, (_, index) => validFlow(`Workflow ${index + 1}`));
  const { pack } = exportPack(flows, { name: `${count} workflows`, generator: 'flowpack-test' });
  if (!pack) throw new Error('the test pack did not export');
  return pack;
}

/**
 * The contact-center example of the repository (a customer flow and the two reusable flows it
 * calls), exported as `flowpack export examples/contact-center` does: its nine entity UUIDs
 * exist only in the author's tenant, so a fresh tenant gets them unresolved, to configure.
 */
export function contactCenterPack(): Pack {
  const folder = fileURLToPath(new URL('../../examples/contact-center/', import.meta.url));
  const flows = readdirSync(folder)
    .filter((file) => file.endsWith('.flow.json'))
    .sort()
    .map((file) => loadFlow(JSON.parse(readFileSync(`${folder}${file}`, 'utf8'))).flow!);
  // The support desk's line is the business's own number, kept on purpose (phone numbers are removed by default).
  const { pack } = exportPack(flows, { name: 'Sales line', generator: 'flowpack-test', keep: ['+14155550142'] });
  if (!pack) throw new Error('the contact-center example did not export');
  return pack;
}
