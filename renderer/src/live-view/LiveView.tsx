import { LiveStatsLayer } from './LiveStatsLayer';
import { LiveViewBar } from './LiveViewBar';
import './live-view.css';

/** The live view's two parts, loaded together the first time it opens: the bar, and the figures on the canvas. */
export const LiveView = { Bar: LiveViewBar, Layer: LiveStatsLayer };
