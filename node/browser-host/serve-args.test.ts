import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve-args';

describe('npm run serve reads its command line', () => {
  it('takes the workspace, and any free port unless one is given', () => {
    expect(parseServeArgs(['--workspace', 'examples'])).toEqual({ ok: true, args: { workspace: 'examples', port: 0, appDataDir: undefined } });
    expect(parseServeArgs(['--workspace', 'w', '--port', '4173', '--app-data', '/tmp/data'])).toEqual({
      ok: true,
      args: { workspace: 'w', port: 4173, appDataDir: '/tmp/data' },
    });
  });

  it('refuses a missing workspace, a bad port or an unknown option with a message', () => {
    expect(parseServeArgs([])).toMatchObject({ ok: false, message: expect.stringContaining('--workspace') });
    for (const port of ['http', '70000', '-1', '1.5']) {
      expect(parseServeArgs(['--workspace', 'w', '--port', port])).toMatchObject({ ok: false, message: expect.stringContaining('--port') });
    }
    expect(parseServeArgs(['--workspace', 'w', '--host', '0.0.0.0'])).toMatchObject({ ok: false });
  });
});
