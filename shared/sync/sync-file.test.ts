import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../validation/load-flow';
import { flowContentHash } from '../format/content-hash';
import { bindingFor, emptySyncFile, forgetSync, recordSync, syncFileSchema } from './sync-file';

const FLOW_ID = '0b7f2d4e-3c1a-4e5b-9f6d-8a2c1e0b9d7f';
const tenant = { id: 'tenant-1', url: 'https://tenant.example' };
const binding = { remoteId: FLOW_ID, revision: 2, contentHash: 'sha256:' + '0'.repeat(64), syncedAt: '2026-11-21T12:00:00Z' };

describe('.flowpack/sync.json', () => {
  it('records, reads back and forgets a binding without touching other tenants or flows', () => {
    const other = recordSync(emptySyncFile(), { id: 'tenant-2', url: 'http://127.0.0.1:8787' }, FLOW_ID, binding);
    const file = recordSync(other, tenant, FLOW_ID, binding);
    expect(syncFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(bindingFor(file, tenant.id, FLOW_ID)).toEqual(binding);
    const forgotten = forgetSync(file, tenant.id, FLOW_ID);
    expect(bindingFor(forgotten, tenant.id, FLOW_ID)).toBeUndefined();
    expect(bindingFor(forgotten, 'tenant-2', FLOW_ID)).toEqual(binding);
    expect(bindingFor(file, tenant.id, FLOW_ID)).toEqual(binding);
  });

  it('reads files written before the stored document’s hash was recorded, and files with it (still version 1)', () => {
    const before = { format: 'flowpack.sync', version: 1, tenants: { [tenant.id]: { url: tenant.url, flows: { [FLOW_ID]: binding } } } };
    expect(syncFileSchema.parse(before)).toEqual(before);
    const withStored = recordSync(emptySyncFile(), tenant, FLOW_ID, { ...binding, remoteHash: 'sha256:' + '1'.repeat(64) });
    expect(syncFileSchema.parse(JSON.parse(JSON.stringify(withStored)))).toEqual(withStored);
    expect(syncFileSchema.safeParse(recordSync(emptySyncFile(), tenant, FLOW_ID, { ...binding, remoteHash: 'md5:abc' })).success).toBe(false);
  });

  it('refuses a file of another format, a newer version or a malformed hash', () => {
    expect(syncFileSchema.safeParse({ format: 'other', version: 1, tenants: {} }).success).toBe(false);
    expect(syncFileSchema.safeParse({ ...emptySyncFile(), version: 2 }).success).toBe(false);
    const bad = recordSync(emptySyncFile(), tenant, FLOW_ID, { ...binding, contentHash: 'md5:abc' });
    expect(syncFileSchema.safeParse(bad).success).toBe(false);
  });
});

describe('flowContentHash', () => {
  const example = () => loadFlow(JSON.parse(readFileSync(new URL('../../examples/conversations/out-of-hours-message.flow.json', import.meta.url), 'utf8'))).flow!;

  it('is the same for the same flow whatever its meta, and differs when a step changes', () => {
    const flow = example();
    const touched = { ...example(), meta: { updatedAt: '2031-01-01T00:00:00Z' } };
    expect(flowContentHash(touched)).toBe(flowContentHash(flow));
    expect(flowContentHash(flow)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const edited = example();
    edited.nodes[0]!.name = 'Renamed';
    expect(flowContentHash(edited)).not.toBe(flowContentHash(flow));
  });
});
