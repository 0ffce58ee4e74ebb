import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useContext, useMemo } from 'react';
import type { FlowNode } from '../../../shared/format/flow-schema';
import { CompareContext } from './compare-context';
import type { CompareBadge } from './compare-context';
import { stepIconBadge } from './step-icon';
import { StepNodeContext } from './step-node-context';
import { viewStep } from './step-ports';
import type { StepXyNode } from './xy-elements';
import { builtTextIn, labelIn } from '../i18n/catalog-text';

/**
 * One step on the canvas: icon, name, a one-line summary of its config, an input handle
 * (triggers have none) and one labelled output handle per port, whose handle id is the port id.
 * While a comparison is shown, a step it marks carries a badge saying how it differs: words,
 * not only the colour of its outline.
 */
export const StepNode = memo(function StepNode({ id, data: node }: NodeProps<StepXyNode>) {
  const compare = useContext(CompareContext);
  return <StepCard node={node} badge={compare?.marks.get(id)} />;
});

/**
 * The ghost of a step only the other version of a shown comparison has (ghost-elements.ts):
 * the same card, badged as removed.
 */
export const GhostNode = memo(function GhostNode({ data: node }: NodeProps<StepXyNode>) {
  return <StepCard node={node} badge="removed" />;
});

function StepCard({ node, badge }: { node: FlowNode; badge: CompareBadge | undefined }) {
  const { profile, locale } = useContext(StepNodeContext);
  const compare = useContext(CompareContext);
  const view = useMemo(() => viewStep(profile, node, locale), [profile, node, locale]);
  const { step, ports } = view;
  const summary = builtTextIn(view.summary);
  const role = step?.role ?? 'unknown';
  return (
    <div className={`fp-node fp-node--${role}`}>
      {role !== 'trigger' && <Handle type="target" position={Position.Left} className="fp-handle fp-handle--target" />}
      {badge && compare && <span className={`fp-node__badge fp-node__badge--${badge}`}>{compare.badges[badge]}</span>}
      <div className="fp-node__header">
        {stepIconBadge(step?.icon ?? '', role)}
        <div className="fp-node__titles">
          <div className="fp-node__type">{step ? labelIn(step.labels, locale) : node.type}</div>
          <div className="fp-node__name" title={node.name || undefined}>
            {node.name || '—'}
          </div>
        </div>
      </div>
      {summary !== '' && (
        <div className="fp-node__summary" title={summary}>
          {summary}
        </div>
      )}
      {ports.length > 0 && (
        <ul className="fp-node__ports">
          {ports.map((port) => (
            <li key={port.id} className={`fp-port fp-port--${port.role}`}>
              <span className="fp-port__label">{labelIn(port.label, locale)}</span>
              <Handle type="source" position={Position.Right} id={port.id} className="fp-handle fp-handle--source" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Node components by node type, at module scope so xyflow never sees a new object. */
export const NODE_TYPES = { step: StepNode, ghost: GhostNode };
