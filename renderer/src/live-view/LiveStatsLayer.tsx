import { useInternalNode, ViewportPortal } from '@xyflow/react';
import { memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepStats } from '../../../shared/tenant-api/flow-stats';
import { StepNodeContext } from '../canvas/step-node-context';
import { viewStep } from '../canvas/step-ports';
import type { StepXyNode } from '../canvas/xy-elements';
import { labelIn } from '../i18n/catalog-text';
import { formatNumber } from '../i18n/format';
import { useLiveView } from './live-view';

/**
 * A step's figures beside it on the canvas: how many runs entered it and wait there now above
 * its top right corner, and beside each output how many left by it, so the busy paths show
 * where they leave.
 */
const StepFigures = memo(function StepFigures({ nodeId, stats }: { nodeId: string; stats: StepStats }) {
  const { t } = useTranslation();
  const { profile, locale } = useContext(StepNodeContext);
  const node = useInternalNode<StepXyNode>(nodeId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 0;
  const ports = viewStep(profile, node.data, locale).ports;
  const handles = node.internals.handleBounds?.source ?? [];
  return (
    <>
      <div
        className="fp-live-figures"
        style={{ transform: `translate(${x + width}px, ${y}px) translate(-100%, -110%)` }}
        role="note"
        aria-label={`${node.data.name || node.data.type}: ${t('liveView.step', { entered: stats.entered, waiting: stats.waiting, ended: stats.ended })}`}
      >
        <span className="fp-live-figures__entered">▶ {formatNumber(stats.entered, locale)}</span>
        {stats.waiting > 0 && <span className="fp-live-figures__waiting">◷ {formatNumber(stats.waiting, locale)}</span>}
        {stats.ended > 0 && <span className="fp-live-figures__ended">■ {formatNumber(stats.ended, locale)}</span>}
      </div>
      {handles.map((handle) => {
        const count = handle.id ? stats.left[handle.id] : undefined;
        if (count === undefined) return null;
        const port = ports.find((candidate) => candidate.id === handle.id);
        return (
          <div
            key={handle.id}
            className="fp-live-port"
            style={{ transform: `translate(${x + handle.x + handle.width + 6}px, ${y + handle.y + handle.height / 2}px) translateY(-50%)` }}
            role="note"
            aria-label={t('liveView.port', { count, port: port ? labelIn(port.label, locale) : handle.id })}
          >
            {formatNumber(count, locale)}
          </div>
        );
      })}
    </>
  );
});

/** Every step's figures of the live view, drawn in the canvas's own coordinates so they pan and zoom with it. */
export function LiveStatsLayer() {
  const steps = useLiveView((state) => state.reading?.stats?.steps);
  if (!steps) return null;
  return (
    <ViewportPortal>
      {Object.entries(steps).map(([nodeId, stats]) => (
        <StepFigures key={nodeId} nodeId={nodeId} stats={stats} />
      ))}
    </ViewportPortal>
  );
}
