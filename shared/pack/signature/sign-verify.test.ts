import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packSchema } from '../pack-schema';
import type { Pack } from '../pack-schema';
import { generateKeyPair, privateKeyFile, publicKeyFile } from './keys';
import { signPack } from './sign-pack';
import { signingBytes } from './signing-bytes';
import { verifyPack } from './verify-pack';

// RFC 8032 TEST 1 seed: a key anyone can recompute, for a test vector other tools can check.
const AUTHOR = generateKeyPair('Ada Lovelace', Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex')));
const AUTHOR_KEY = privateKeyFile(AUTHOR);
const TRUSTED = [publicKeyFile(AUTHOR)];

function samplePack(name = 'Lead intake'): Pack {
  return packSchema.parse({
    format: 'flowpack.pack',
    version: 1,
    manifest: {
      name,
      description: 'Café ☕ and 😀',
      author: 'Ada Lovelace',
      profile: 'pipeline',
      createdAt: '2026-01-15T09:00:00.000Z',
      generator: 'flowpack-studio/0.1.0',
      sanitisation: [],
    },
    flows: [
      {
        format: 'flowpack.flow',
        version: 1,
        id: '89aff0bb-8a09-4ae4-b8a3-833c91d471fb',
        name,
        description: '',
        profile: 'pipeline',
        kind: 'standard',
        entities: { tags: [{ name: 'VIP' }], customFields: [], segments: [] },
        nodes: [{ id: 'trigger', type: 'cardCreated', name: 'Card created', position: { x: 0, y: 0 }, config: {} }],
        edges: [],
        meta: { createdAt: '2026-01-15T09:00:00.000Z', updatedAt: '2026-01-15T09:00:00.000Z' },
        extensions: { note: 'kept' },
      },
    ],
    entities: { tags: [{ name: 'VIP' }], customFields: [], segments: [] },
  });
}

/** The pack as a reader gets it: written to a file and parsed back. */
const reread = (pack: object): Record<string, unknown> => JSON.parse(JSON.stringify(pack, null, 2)) as Record<string, unknown>;

/** Every path to a leaf value (string, number, boolean, null) outside the signature. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return entries.filter(([key]) => !(path.length === 0 && key === 'signature')).flatMap(([key, item]) => leafPaths(item, [...path, key]));
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
  (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

describe('pack signatures', () => {
  it('signs the documented test vector (the Ed25519 of Node gives the same value) and Node accepts the signature', () => {
    const signed = signPack(samplePack(), AUTHOR_KEY);
    expect(signed.signature).toEqual({
      algorithm: 'ed25519',
      publicKey: '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
      value: 'jYWEa23PYDIxHkTCD4n2i42X/5xUzK9oKvC4Tg85UDEjF94rS3Sa5OxUFU8FW6pZYOLHJX8dnvIW53G0gXh8Bg==',
    });
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(signed.signature!.publicKey, 'base64')]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(nodeVerify(null, signingBytes(reread(signed)), key, Buffer.from(signed.signature!.value, 'base64'))).toBe(true);
  });

  it('verifies a signed pack after it was written and read back: valid with the trusted author and fingerprint', () => {
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    expect(verifyPack(signed, TRUSTED)).toEqual({ status: 'valid', author: 'Ada Lovelace', fingerprint: AUTHOR.fingerprint });
  });

  it('says a good signature from a key the user does not trust is untrusted, naming the claimed author and fingerprint', () => {
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    expect(verifyPack(signed)).toEqual({ status: 'untrusted', author: 'Ada Lovelace', fingerprint: AUTHOR.fingerprint });
    expect(verifyPack(signed, [publicKeyFile(generateKeyPair('Someone else'))]).status).toBe('untrusted');
  });

  it('reports a pack without a signature as unsigned, whatever keys are trusted (naming the trusted key of the author it claims)', () => {
    expect(verifyPack(reread(samplePack()), [])).toEqual({ status: 'unsigned' });
    expect(verifyPack(reread(samplePack()), TRUSTED)).toEqual({ status: 'unsigned', claimsTrustedAuthor: { author: 'Ada Lovelace', trustedFingerprints: [AUTHOR.fingerprint] } });
  });

  it('reports tampered for any change to any value in the manifest, flows or entities', () => {
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    const paths = leafPaths(signed);
    expect(paths.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), (path, replacement) => {
        const changed = structuredClone(signed);
        const before = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], changed);
        fc.pre(JSON.stringify(before) !== JSON.stringify(replacement));
        setAt(changed, path, replacement);
        const check = verifyPack(changed, TRUSTED);
        expect(check.status).toBe('tampered');
        expect(check.reason).toMatch(/changed after it was signed/);
        expect(check.fingerprint).toBe(AUTHOR.fingerprint);
      }),
      { numRuns: 300 },
    );
  });

  it('reports tampered when a field is added or removed, or a flow dropped', () => {
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    const added = structuredClone(signed);
    (added.manifest as Record<string, unknown>).extra = '';
    const removed = structuredClone(signed);
    delete (removed.flows as Record<string, unknown>[])[0]!.extensions;
    const dropped = { ...structuredClone(signed), flows: [] };
    for (const pack of [added, removed, dropped]) expect(verifyPack(pack, TRUSTED).status).toBe('tampered');
  });

  it('reports tampered when a signature is moved to another pack', () => {
    const signature = signPack(samplePack('Lead intake'), AUTHOR_KEY).signature;
    const other = { ...reread(samplePack('Renewals')), signature };
    expect(verifyPack(other, TRUSTED).status).toBe('tampered');
  });

  it('catches key substitution: another public key beside the signature is tampered; re-signing with it is untrusted', () => {
    const mallory = generateKeyPair('Mallory');
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    const swapped = { ...signed, signature: { ...(signed.signature as object), publicKey: mallory.publicKey } };
    expect(verifyPack(swapped, TRUSTED)).toMatchObject({ status: 'tampered', fingerprint: mallory.fingerprint });

    // Mallory edits the pack, still claims to be Ada, and signs with her own key.
    const edited = samplePack();
    edited.flows[0]!.name = 'Lead intake (now with exfiltration)';
    const resigned = reread(signPack(edited, privateKeyFile(mallory)));
    expect(verifyPack(resigned, TRUSTED)).toEqual({
      status: 'untrusted',
      author: 'Ada Lovelace',
      fingerprint: mallory.fingerprint,
      claimsTrustedAuthor: { author: 'Ada Lovelace', trustedFingerprints: [AUTHOR.fingerprint] },
    });
  });

  it('reports a malformed signature as tampered, saying why', () => {
    const signed = reread(signPack(samplePack(), AUTHOR_KEY));
    const signature = signed.signature as Record<string, string>;
    const cases: [unknown, RegExp][] = [
      [null, /malformed/],
      [{ ...signature, algorithm: 'rsa' }, /malformed/],
      [{ ...signature, publicKey: 'not base64!' }, /public key/],
      [{ ...signature, publicKey: Buffer.alloc(32, 0xff).toString('base64') }, /changed after it was signed/],
      [{ ...signature, value: signature.value!.slice(4) }, /64 bytes/],
    ];
    for (const [value, reason] of cases) {
      const check = verifyPack({ ...signed, signature: value }, TRUSTED);
      expect(check.status, JSON.stringify(value)).toBe('tampered');
      expect(check.reason).toMatch(reason);
    }
  });

  it('replaces an existing signature when signing again', () => {
    const other = generateKeyPair('Grace Hopper');
    const twice = reread(signPack(signPack(samplePack(), AUTHOR_KEY), privateKeyFile(other)));
    expect(verifyPack(twice, [publicKeyFile(other)])).toEqual({ status: 'valid', author: 'Grace Hopper', fingerprint: other.fingerprint });
  });
});
