/**
 * Where a flow is in its profile's lifecycle (docs/TENANT-API.md, Lifecycle): conversations draft, published,
 * stopped; journeys draft, active, paused, finalized; contact-center and pipeline draft,
 * published. Every flow starts as a draft.
 *
 * @remarks
 * A module of its own, without the schemas, so the editor can word a status at start without
 * building the tenant API's schemas it needs only when a tenant is used.
 */
export const FLOW_STATUSES = ['draft', 'published', 'stopped', 'active', 'paused', 'finalized'] as const;
