import type { Diagnostic } from '../format/diagnostic';
import { FLOW_FORMAT, FLOW_VERSION, flowEnvelopeSchema } from '../format/flow-schema';
import { PROFILES, flowKindSchema, isProfile, kindsForProfile } from '../format/profiles';
import type { FlowKind, Profile } from '../format/profiles';
import { diagnostic, formatPath } from './messages';
import { isRecord } from '../format/json-paths';
import { summariseIssues } from './zod-issues';

export interface Envelope {
  flowId: string | undefined;
  /** Set when the document's profile and kind are known well enough to check its nodes. */
  profile: Profile | undefined;
  kind: FlowKind | undefined;
  nodes: readonly unknown[];
  edges: readonly unknown[];
  diagnostics: Diagnostic[];
  /** False when the rest of the document cannot be checked meaningfully (not a flow, or too new). */
  checkable: boolean;
}

/** Checks everything but the nodes and edges: what the document is, its version, profile, kind and fields. */
export function checkEnvelope(doc: unknown): Envelope {
  const envelope: Envelope = { flowId: undefined, profile: undefined, kind: undefined, nodes: [], edges: [], diagnostics: [], checkable: false };
  const out = envelope.diagnostics;
  if (!isRecord(doc)) {
    out.push(diagnostic('error', 'FORMAT_INVALID', { where: '(document)', detail: 'a flow document is a JSON object' }, { path: [] }));
    return envelope;
  }
  if (typeof doc.id === 'string') envelope.flowId = doc.id;
  const flow = envelope.flowId === undefined ? {} : { flowId: envelope.flowId };

  if (doc.format !== FLOW_FORMAT) {
    const detail = `expected "${FLOW_FORMAT}", found ${JSON.stringify(doc.format) ?? 'nothing'}`;
    out.push(diagnostic('error', 'FORMAT_INVALID', { where: 'format', detail }, { ...flow, path: ['format'] }));
    return envelope;
  }
  if (typeof doc.version === 'number' && Number.isInteger(doc.version) && doc.version > FLOW_VERSION) {
    out.push(diagnostic('error', 'FORMAT_TOO_NEW', { version: doc.version, supported: FLOW_VERSION }, { ...flow, path: ['version'] }));
    return envelope;
  }
  envelope.checkable = true;

  if (isProfile(doc.profile)) {
    envelope.profile = doc.profile;
  } else {
    const profile = typeof doc.profile === 'string' ? doc.profile : JSON.stringify(doc.profile) ?? '';
    out.push(diagnostic('error', 'PROFILE_UNKNOWN', { profile, expected: PROFILES.join(', ') }, { ...flow, path: ['profile'] }));
  }
  const kind = flowKindSchema.safeParse(doc.kind);
  if (kind.success && envelope.profile) {
    const allowed = kindsForProfile(envelope.profile);
    if (allowed.includes(kind.data)) {
      envelope.kind = kind.data;
    } else {
      const detail = `A ${envelope.profile} flow is of kind ${allowed.join(' or ')}, not "${kind.data}".`;
      out.push(diagnostic('error', 'FLOW_KIND_MISMATCH', { detail, kind: kind.data }, { ...flow, path: ['kind'] }));
      envelope.kind = allowed[0];
    }
  }

  const { nodes, edges, ...rest } = doc;
  const parsed = flowEnvelopeSchema.safeParse(rest);
  for (const issue of parsed.success ? [] : summariseIssues(parsed.error, rest)) {
    if (issue.path[0] === 'profile') continue; // reported above as PROFILE_UNKNOWN
    out.push(diagnostic('error', 'FORMAT_INVALID', { where: formatPath(issue.path), detail: issue.detail }, { ...flow, path: issue.path }));
  }
  for (const [key, value] of [['nodes', nodes], ['edges', edges]] as const) {
    if (Array.isArray(value)) {
      envelope[key] = value;
    } else {
      const detail = value === undefined ? 'is missing' : 'must be a list';
      out.push(diagnostic('error', 'FORMAT_INVALID', { where: key, detail }, { ...flow, path: [key] }));
    }
  }
  return envelope;
}
