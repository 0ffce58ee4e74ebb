import { BaseEdge, getSmoothStepPath, Position } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';

/**
 * A connection on the canvas: xyflow's smooth-step edge, drawing the same path, held as one
 * flat string.
 *
 * @remarks
 * xyflow builds the path by joining dozens of pieces and numbers, which V8 keeps as a tree of
 * string parts for as long as the path is shown: in the benchmark's 1,000-step flow about 1 KB
 * for every drawn connection, more than its elements and props together. Normalising the text
 * (a no-op for a path, which is plain ASCII) hands back a single flat copy instead.
 */
export const ConnectionEdge = memo(function ConnectionEdge({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition = Position.Bottom,
  targetPosition = Position.Top,
  label,
  labelStyle,
  labelShowBg,
  labelBgStyle,
  labelBgPadding,
  labelBgBorderRadius,
  style,
  markerEnd,
  markerStart,
  interactionWidth,
}: EdgeProps) {
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  return (
    <BaseEdge
      path={path.normalize()}
      labelX={labelX}
      labelY={labelY}
      label={label}
      labelStyle={labelStyle}
      labelShowBg={labelShowBg}
      labelBgStyle={labelBgStyle}
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={labelBgBorderRadius}
      style={style}
      markerEnd={markerEnd}
      markerStart={markerStart}
      interactionWidth={interactionWidth}
    />
  );
});

/** The canvas's edge types: its connections keep xyflow's `smoothstep` type (and class names). */
export const EDGE_TYPES = { smoothstep: ConnectionEdge };
