import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../shared/pack/pack-schema';
import { generateKeyPair, privateKeyFile, publicKeyFile } from '../../shared/pack/signature/keys';
import { signPack } from '../../shared/pack/signature/sign-pack';
import { onboardingPack } from '../../server/test/import-fixtures';
import { makeTempFolder, runCli, STACK_TRACE } from './run-cli';

const CATALOG = 'test/fixtures/import/catalogs/pipeline.catalog.json';
const ANA = generateKeyPair('Ana Trainer', new Uint8Array(32).fill(7));
const MALLORY = generateKeyPair('Mallory', new Uint8Array(32).fill(9));

describe('the policy "require a signature from a trusted key" in the CLI', () => {
  const temp = makeTempFolder();
  afterAll(() => temp.remove());
  const trustAna = join(temp.path, 'ana.key.pub');
  writeFileSync(trustAna, JSON.stringify(publicKeyFile(ANA)));
  const byAna = (): Pack => ({ ...onboardingPack(), manifest: { ...onboardingPack().manifest, author: 'Ana Trainer' } });
  const file = (name: string, pack: object) => {
    const path = join(temp.path, `${name}.flowpack`);
    writeFileSync(path, JSON.stringify(pack, null, 2));
    return path;
  };
  const signed = file('signed', signPack(byAna(), privateKeyFile(ANA)));
  const { signature: _removed, ...withoutSignature } = signPack(byAna(), privateKeyFile(ANA));
  const stripped = file('stripped', withoutSignature);
  // Mallory changes the pack, keeps "Ana Trainer" as its author and signs it with her own key.
  const resigned = file('resigned', signPack({ ...byAna(), manifest: { ...byAna().manifest, name: 'Onboarding (changed)' } }, privateKeyFile(MALLORY)));
  const outFolder = (name: string) => join(temp.path, 'out', name);

  it('unpack: a pack signed by a trusted key is unpacked', async () => {
    const run = await runCli(['unpack', signed, outFolder('signed'), '--require-signature', '--trust', trustAna]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('unpack: a pack whose signature was removed is refused, saying so, and nothing is written', async () => {
    const run = await runCli(['unpack', stripped, outFolder('stripped'), '--require-signature', '--trust', trustAna]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the pack is not signed (it never was, or its signature was removed), and --require-signature asks for a signature from a trusted key; nothing was written');
    expect(run.stderr).toContain(`warning: ${stripped}: the pack claims to be from "Ana Trainer", whose trusted key is ${ANA.fingerprint}, but it is not signed`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(outFolder('stripped'))).toBe(false);
  });

  it('unpack: a pack re-signed with another key that claims the same author is refused, naming that key; --force does not lift it', async () => {
    const run = await runCli(['unpack', resigned, outFolder('resigned'), '--require-signature', '--force', '--trust', trustAna]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the pack claims to be from "Ana Trainer", whose trusted key is ${ANA.fingerprint}, but it is signed by another key (${MALLORY.fingerprint})`);
    expect(run.stderr).toContain(`signed by a key that is not trusted (key ${MALLORY.fingerprint})`);
    expect(existsSync(outFolder('resigned'))).toBe(false);
  });

  it('unpack: the policy is on with FLOWPACK_REQUIRE_SIGNATURE=1; without it, an impostor is unpacked with the warning', async () => {
    const refused = await runCli(['unpack', stripped, outFolder('env'), '--trust', trustAna], { env: { FLOWPACK_REQUIRE_SIGNATURE: '1' } });
    expect(refused.code).toBe(1);
    expect(existsSync(outFolder('env'))).toBe(false);
    const warned = await runCli(['unpack', resigned, outFolder('warned'), '--trust', trustAna]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`warning: ${resigned}: the pack claims to be from "Ana Trainer"`);
  });

  it('plan: refuses an unsigned pack under the policy; without it, the plan carries the warning (text and JSON)', async () => {
    const refused = await runCli(['plan', stripped, '--catalog', CATALOG, '--require-signature', '--trust', trustAna]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not signed (it never was, or its signature was removed)');
    expect(refused.stderr).toContain('; not planned');
    expect(refused.stdout).toBe('');

    const text = await runCli(['plan', resigned, '--catalog', CATALOG, '--trust', trustAna]);
    expect(text.stdout).toContain(`WARNING: the pack claims to be from "Ana Trainer", whose trusted key is ${ANA.fingerprint}, but it is signed by another key (${MALLORY.fingerprint})`);
    const json = await runCli(['plan', resigned, '--catalog', CATALOG, '--trust', trustAna, '--json']);
    expect(JSON.parse(json.stdout).signature).toMatchObject({ status: 'untrusted', claimsTrustedAuthor: { author: 'Ana Trainer', trustedFingerprints: [ANA.fingerprint] } });

    const accepted = await runCli(['plan', signed, '--catalog', CATALOG, '--require-signature', '--trust', trustAna]);
    expect(accepted.stdout).toContain('Signature: signed and valid: Ana Trainer');
  });

  it('push: refuses a pack signed by an untrusted key under the policy before it asks the tenant anything', async () => {
    // Nothing listens on port 9: a push that got as far as the tenant would fail differently (exit 2).
    const run = await runCli(['push', resigned, '--tenant', 'http://127.0.0.1:9', '--require-signature', '--trust', trustAna, '--yes'], { env: { FLOWPACK_TOKEN: 'fp_unused' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`signed by a key that is not trusted (key ${MALLORY.fingerprint}), and --require-signature asks for a signature from a trusted key; not pushed`);
    expect(run.stdout).toContain('WARNING: the pack claims to be from "Ana Trainer"');
  });
});
