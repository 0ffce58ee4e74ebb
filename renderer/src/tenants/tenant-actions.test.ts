import { describe, expect, it } from 'vitest';
import { fakeHostClient } from '../host/fake-host-client';
import { createTenantActions } from './tenant-actions';

const pushId = '0b8a4c52-7d1e-4c3a-9f2b-5e6d7c8b9a01';
const otherPushId = '1c9b5d63-8e2f-4d4b-8a3c-6f7e8d9c0b12';
const report = (done: number) => ({ phase: 'flows', done, total: 2, written: [] });

describe('tenant actions', () => {
  it('a push hears the progress of its own apply only, and stops listening when it ends', async () => {
    // given a tenant that reports progress for this push and for another one while applying
    const host = fakeHostClient({
      'tenants:push': async () => {
        host.emit('tenants:pushProgress', { progressId: otherPushId, progress: report(9) });
        host.emit('tenants:pushProgress', { progressId: pushId, progress: report(1) });
        return { report: { applied: true, flows: [] } };
      },
    });
    const heard: unknown[] = [];
    // when the push is applied
    await createTenantActions(host.client, () => pushId).pushApply({ id: 't1', paths: ['a.flow.json'], decisions: {} }, (progress) => heard.push(progress));
    // then only its own report arrived, the tenant was asked to report under its id, and nothing still listens
    expect(heard).toEqual([report(1)]);
    expect(host.calls[0]).toEqual({ name: 'tenants:push', args: { id: 't1', paths: ['a.flow.json'], decisions: {}, mode: 'apply', progressId: pushId } });
    expect(host.listening('tenants:pushProgress')).toBe(0);
  });

  it('a failed apply stops listening too, and the failure reaches the dialog', async () => {
    const host = fakeHostClient({ 'tenants:push': () => Promise.reject(new Error('tenant down')) });
    await expect(createTenantActions(host.client, () => pushId).pushApply({ id: 't1', paths: [], decisions: {} }, () => {})).rejects.toThrow('tenant down');
    expect(host.listening('tenants:pushProgress')).toBe(0);
  });

  it('a dry run asks the tenant to plan without applying', async () => {
    const host = fakeHostClient({ 'tenants:push': { report: { applied: false, flows: [] } } });
    await createTenantActions(host.client).pushDryRun({ id: 't1', paths: ['a.flow.json'], decisions: {} });
    expect(host.calls[0]?.args).toMatchObject({ mode: 'dry-run' });
  });

  it('names the pushed flows the Sync view shows as changed on the tenant, and none when the status cannot be read', async () => {
    const rows = [
      { path: 'a.flow.json', name: 'Welcome', status: 'remote-changes' },
      { path: 'b.flow.json', name: 'Follow-up', status: 'in-sync' },
    ];
    const answering = fakeHostClient({ 'tenants:status': { rows } });
    const changed = await createTenantActions(answering.client).flowsChangedOnTenant('t1', ['a.flow.json', 'b.flow.json']);
    const failing = fakeHostClient({ 'tenants:status': () => Promise.reject(new Error('offline')) });
    expect(await createTenantActions(failing.client).flowsChangedOnTenant('t1', ['a.flow.json'])).toEqual([]);
    expect(changed).toEqual(['Welcome']);
  });
});
