import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, privateKeyFileSchema } from './keys';
import { signingText } from './signing-bytes';

// docs/FORMAT.md is what other tools implement signatures from: keep its "Signatures" part true.
const doc = readFileSync(new URL('../../../docs/FORMAT.md', import.meta.url), 'utf8');
const signatures = doc.slice(doc.indexOf('### Signatures'), doc.indexOf('\n## ', doc.indexOf('### Signatures')));

describe('docs/FORMAT.md, Signatures', () => {
  it('lists the key file fields in the order key files are written', () => {
    const table = signatures.slice(signatures.indexOf('**Key files**'));
    const names = [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]);
    expect(names).toEqual(Object.keys(privateKeyFileSchema.shape));
  });

  it('gives the signed text of its example as signingText computes it', () => {
    const example = {
      version: 1,
      signature: {},
      manifest: { name: 'Café ☕', 'ｚ': 1, '😀': 2, Z: [3.5, -0, 1e21, null, false], a: 'line\nbreak "quoted" \u0007' },
      format: 'flowpack.pack',
    };
    expect(signatures).toContain(`signed text:   ${signingText(example)}\n`);
  });

  it('states the RFC 8032 TEST 1 public key and fingerprint that the code derives', () => {
    const pair = generateKeyPair('RFC 8032', Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex')));
    expect(signatures).toContain(pair.publicKey);
    expect(signatures).toContain(pair.fingerprint);
  });
});
