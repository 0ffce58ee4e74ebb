import { describe, expect, it } from 'vitest';
import { isSecretParameterName } from './secret-names';
import { removeUrlSecrets } from './url-secrets';

describe('removeUrlSecrets', () => {
  it.each([
    ['https://api.example.com/v1?token=abc123', 'https://api.example.com/v1'],
    ['https://api.example.com/v1?page=2&access_token=abc&sort=name', 'https://api.example.com/v1?page=2&sort=name'],
    ['https://api.example.com/v1?API_KEY=abc', 'https://api.example.com/v1'],
    ['https://api.example.com/v1?x-api-key=abc', 'https://api.example.com/v1'],
    ['https://s3.example.com/f?X-Amz-Signature=abc&X-Amz-Date=1', 'https://s3.example.com/f?X-Amz-Date=1'],
    ['https://ops:hunter2@api.example.com/v1', 'https://api.example.com/v1'],
    ['https://ghp_abc@github.com/acme/repo.git', 'https://github.com/acme/repo.git'],
    ['https://app.example.com/cb#access_token=abc&state=1', 'https://app.example.com/cb#state=1'],
    ['Call https://a.example/x?key=1 then https://b.example/y?secret=2.', 'Call https://a.example/x then https://b.example/y'],
    // The forms a planted corpus leaked: protocol-relative credentials, OAuth codes, JWTs and sessions in queries.
    ['see //ops:hunter2@db.example/admin', 'see //db.example/admin'],
    ['https://app.example/cb?code=4/0Adeu5&state=xyz', 'https://app.example/cb?state=xyz'],
    ['https://app.example/x?jwt=eyJhbGciOi&lang=en', 'https://app.example/x?lang=en'],
    ['https://app.example/x?session=abc&PHPSESSID=def&sessionId=ghi&page=1', 'https://app.example/x?page=1'],
  ])('%s -> %s', (input, output) => {
    expect(removeUrlSecrets(input)?.text).toBe(output);
  });

  it('leaves addresses without secrets, anchors and variable placeholders alone', () => {
    expect(removeUrlSecrets('https://example.com/docs?page=2#token')).toBeUndefined();
    expect(removeUrlSecrets('https://api.example.com/v1?token={{secrets.apiToken}}')).toBeUndefined();
    expect(removeUrlSecrets('no address here, token=abc')).toBeUndefined();
    expect(removeUrlSecrets('a comment // with slashes, and a path a//b')).toBeUndefined();
  });

  it('names the removed parameters, never their values', () => {
    expect(removeUrlSecrets('https://u:p@x.example/?auth=1&password=2')).toEqual({
      text: 'https://x.example/',
      parameters: ['auth', 'password'],
      credentials: true,
    });
  });

  it('recognises vendor spellings of secret parameter names', () => {
    for (const name of ['session_token', 'client-secret', 'sig', 'Authorization', 'api%5Fkey', 'code', 'jwt', 'session', 'x-api-key']) expect(isSecretParameterName(name)).toBe(true);
    for (const name of ['page', 'monkey', 'tokenizer', 'sort', 'zip_code', 'author', 'state']) expect(isSecretParameterName(name)).toBe(false);
  });
});
