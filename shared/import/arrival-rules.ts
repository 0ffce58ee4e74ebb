import { findStepType } from '../catalog/registry';
import type { Diagnostic } from '../format/diagnostic';
import type { Flow } from '../format/flow-schema';
import { diagnostic } from '../validation/messages';

/**
 * Step-level rules for how automations arrive in a tenant, read from the same catalog
 * declaration export uses. A step whose platform deactivates it on export (pipeline email
 * automations) arrives inactive and without the fields export strips (sender,
 * attachments), even when a hand-made pack still has them; every other step keeps its
 * `active` setting (pipeline task automations arrive active). A step type that blocks
 * export (a contact-center script, a journeys custom integration) blocks import too.
 * Changes `flow` in place and returns the blocked steps as errors.
 *
 * A deploy (`deploy: true`, workspace flows pushed by the organisation that owns them) only
 * checks for blocked steps. The arrival rules follow the pipeline platform's import of a flow
 * exported for "outras pessoas ou empresas" (pipeline-export.pt.txt): export stripped the
 * sender because links to another organisation's users cannot travel, so the automation is
 * installed inactive until the importer picks a sender of its own. A deploy carries the
 * organisation's own sender, planned against the destination like every reference (linked,
 * kept from the tenant's copy, or a placeholder to configure), so a flow the tenant already
 * has keeps its state: switching its e-mail off on every push would undo the admin's setup.
 */
export function applyArrivalRules(flow: Flow, { deploy = false }: { deploy?: boolean } = {}): Diagnostic[] {
  const blocked: Diagnostic[] = [];
  flow.nodes.forEach((node, index) => {
    const step = findStepType(flow.profile, node.type);
    const rules = step?.exportRules;
    if (!step || !rules) return;
    if (rules.block) {
      const params = { node: node.name || node.id, type: step.labels.en, profile: flow.profile };
      blocked.push(diagnostic('error', 'IMPORT_BLOCKED', params, { flowId: flow.id, nodeId: node.id, path: ['nodes', index] }));
    }
    if (deploy) return;
    if (rules.deactivate) node.config.active = false;
    for (const field of rules.stripFields ?? []) delete node.config[field];
  });
  return blocked;
}
