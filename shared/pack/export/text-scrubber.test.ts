import { describe, expect, it } from 'vitest';
import { isSecretKeyName } from './secret-names';
import { KeepList, scrubText } from './text-scrubber';

const whats = (text: string, keep?: KeepList) => scrubText(text, keep)?.findings.map((finding) => finding.what);

describe('secrets recognised by their form, in any text', () => {
  it.each([
    ['a Stripe live key', 'charge with sk_live_51HxYzAbCdEfGhIjKlMnOp please', 'Stripe key'],
    ['a GitHub token', 'token ghp_0123456789abcdefghijABCDEFGHIJ012345 for CI', 'GitHub token'],
    ['a Slack bot token', 'post with xoxb-1234-5678-AbCdEfGhIjKlMnOpQrStUvWx', 'Slack token'],
    ['a bearer JWT', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-value_123', 'bearer token'],
    ['a named AWS secret key', 'env: aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AWS secret access key'],
  ])('%s', (_label, text, what) => {
    expect(whats(text)).toContain(what);
    expect(scrubText(text)!.text).toContain('[removed]');
  });

  it('removes both halves of an AWS key pair written side by side', () => {
    const scrubbed = scrubText('keys: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')!;
    expect(scrubbed.text).toBe('keys: [removed] / [removed]');
    expect(scrubbed.findings.map((finding) => finding.what)).toEqual(['AWS access key id', 'AWS secret access key']);
  });

  it('removes a PEM private key block whole, and one pasted without its END line to the end', () => {
    const block = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabc\n-----END RSA PRIVATE KEY-----';
    expect(scrubText(`key:\n${block}\nnext`)!.text).toBe('key:\n[removed]\nnext');
    expect(scrubText('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC')!.text).toBe('');
  });

  it('empties a value that was nothing but a secret, as a field never filled in', () => {
    expect(scrubText('sk_live_51HxYzAbCdEfGhIjKlMnOp')!.text).toBe('');
  });

  it('leaves ordinary text, variables and dates alone', () => {
    for (const text of ['Hello {{contact.first_name}}, your order 12345 ships on 2026-01-15', 'Bearer {{secrets.token}}', 'Basic settings', 'sk_test is a prefix', 'mk-123-end', '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f']) {
      expect(scrubText(text), text).toBeUndefined();
    }
  });
});

describe('personal data in any text', () => {
  it('removes e-mail addresses and phone numbers, international and national', () => {
    const scrubbed = scrubText('Write to ana.lima+crm@acme.com.br or call +55 11 98765-4321 or (415) 555-2671.')!;
    expect(scrubbed.text).toBe('Write to [removed] or call [removed] or [removed].');
    expect(scrubbed.findings.map((finding) => [finding.what, finding.value])).toEqual([
      ['e-mail address', 'ana.lima+crm@acme.com.br'],
      ['phone number', '+55 11 98765-4321'],
      ['phone number', '(415) 555-2671'],
    ]);
  });

  it('keeps a value the author keeps (addresses without case, numbers by their digits) and says so', () => {
    const keep = new KeepList(['Support@Acme.com', '+1 415 555 2671']);
    const scrubbed = scrubText('Mail support@acme.com or +1 (415) 555-2671, not jo@acme.com', keep)!;
    expect(scrubbed.text).toBe('Mail support@acme.com or +1 (415) 555-2671, not [removed]');
    expect(scrubbed.findings.map((finding) => [finding.what, finding.kept])).toEqual([
      ['e-mail address', true],
      ['phone number', true],
      ['e-mail address', false],
    ]);
  });

  it('never keeps a secret, even when asked to', () => {
    const keep = new KeepList(['sk_live_51HxYzAbCdEfGhIjKlMnOp']);
    expect(scrubText('sk_live_51HxYzAbCdEfGhIjKlMnOp', keep)!.findings).toEqual([{ what: 'Stripe key', personal: false, kept: false }]);
  });
});

describe('secret-named keys', () => {
  it('recognises the names a planted corpus leaked, prefixed and in vendor spellings', () => {
    for (const name of ['token', 'apiKey', 'acme:apiKey', 'apiToken', 'authToken', 'x-api-key', 'bearer', 'sessionId', 'cookie', 'Set-Cookie', 'client_secret', 'AWS_SECRET_ACCESS_KEY', 'privateKey', 'auth']) {
      expect(isSecretKeyName(name), name).toBe(true);
    }
  });

  it('leaves names that only contain such a word', () => {
    for (const name of ['author', 'maxTokens', 'tokenType', 'keyboard', 'sessionTimeout', 'secretary', 'key', 'name', 'monkey']) {
      expect(isSecretKeyName(name), name).toBe(false);
    }
  });
});
