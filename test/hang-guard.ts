/**
 * How long a unit test or hook may run before it counts as hung. It is not a performance limit:
 * tests wait on conditions, and this only stops one that would never finish, so it is generous
 * enough for a two-core machine busy with other work. Polls (`expect.poll`, `vi.waitFor`) and the
 * processes tests start get the same bound, so none gives up earlier than its test would and none
 * outlives a hung test.
 */
export const HANG_GUARD_MS = 300_000;
