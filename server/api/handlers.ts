import { createCustomField, createTag } from './catalog-handlers';
import { createFlowHandler, deleteFlowHandler, getFlowHandler, listFlowsHandler, listRevisionsHandler, getRevisionHandler, updateFlowHandler } from './flow-handlers';
import type { Handlers } from './handler-types';
import { createImport, getImport } from './import-handlers';
import { duplicateFlowHandler, flowActionHandler } from './lifecycle-handlers';
import { getFlowStatsHandler, listFlowRunsHandler, postEventHandler } from './run-handlers';
import { getCatalog, getTenant, listAuditEntries } from './tenant-handlers';

/** The handler of every route in shared/tenant-api/routes.ts. */
export const HANDLERS: Handlers = {
  getTenant,
  getCatalog,
  createTag,
  createCustomField,
  listFlows: listFlowsHandler,
  getFlow: getFlowHandler,
  createFlow: createFlowHandler,
  updateFlow: updateFlowHandler,
  deleteFlow: deleteFlowHandler,
  listRevisions: listRevisionsHandler,
  getRevision: getRevisionHandler,
  flowAction: flowActionHandler,
  duplicateFlow: duplicateFlowHandler,
  createImport,
  getImport,
  listAudit: listAuditEntries,
  postEvent: postEventHandler,
  getFlowStats: getFlowStatsHandler,
  listFlowRuns: listFlowRunsHandler,
};
