import { describe, expect, it } from 'vitest';
import type { TenantHttp, TenantRequest } from './http/tenant-http';
import { revisionEtag, revisionFromEtag } from './etag';
import { createTenantClient, fillPath } from './tenant-client';

const FLOW_ID = '0b7f2d4e-3c1a-4e5b-9f6d-8a2c1e0b9d7f';

/** A transport that records what it was asked and answers with `data` checked by the route's schema, as the real one does. */
function recordingHttp(data: unknown, etag?: string) {
  const sent: TenantRequest<never>[] = [];
  const http = {
    baseUrl: 'http://127.0.0.1:8787',
    async request(request: TenantRequest<never>) {
      sent.push(request);
      const schema = request.responseSchema as unknown as { parse(value: unknown): unknown } | undefined;
      return { status: 200, data: schema ? schema.parse(data) : undefined, etag };
    },
  } as unknown as TenantHttp;
  return { http, sent };
}

describe('the typed tenant client', () => {
  it('fills the route’s path, sends the revision as If-Match and reads the new one from the ETag', async () => {
    const { http, sent } = recordingHttp({ id: FLOW_ID, revision: 4 }, '"4"');
    const client = createTenantClient(http);
    const result = await client.call('deleteFlow', { params: { id: FLOW_ID }, revision: 3 });
    expect(sent[0]).toMatchObject({ method: 'DELETE', path: `/v1/flows/${FLOW_ID}`, ifMatch: '"3"' });
    expect(result).toEqual({ data: { id: FLOW_ID, revision: 4 }, revision: 4 });
  });

  it('refuses to send a write that needs a revision without one', async () => {
    const { http, sent } = recordingHttp({});
    await expect(createTenantClient(http).call('updateFlow', { params: { id: FLOW_ID }, body: { document: {} } })).rejects.toThrow(/revision/);
    expect(sent).toEqual([]);
  });

  it('reads the answer of a newer tenant that sends fields this version does not know, dropping them', async () => {
    const newer = {
      id: FLOW_ID,
      revision: 4,
      archivedBy: 'a field of a later API version',
    };
    const { http } = recordingHttp(newer);
    const { data } = await createTenantClient(http).call('deleteFlow', { params: { id: FLOW_ID }, revision: 3 });
    expect(data).toEqual({ id: FLOW_ID, revision: 4 });
  });

  it('checks the answer against the route’s response schema', async () => {
    const { http } = recordingHttp({ id: 'not-a-uuid', revision: 0 });
    await expect(createTenantClient(http).call('deleteFlow', { params: { id: FLOW_ID }, revision: 1 })).rejects.toThrow();
  });
});

describe('paths and ETags', () => {
  it('encodes each path parameter as one segment and names a missing one', () => {
    expect(fillPath('/v1/flows/{id}', { id: 'a/b c' })).toBe('/v1/flows/a%2Fb%20c');
    expect(() => fillPath('/v1/flows/{id}', {})).toThrow(/"id"/);
  });

  it('reads revisions from strong and weak ETags and ignores foreign ones', () => {
    expect(revisionFromEtag(revisionEtag(12))).toBe(12);
    expect(revisionFromEtag('W/"7"')).toBe(7);
    expect(revisionFromEtag('"abc"')).toBeUndefined();
    expect(revisionFromEtag(undefined)).toBeUndefined();
  });
});
