import { Suspense } from 'react';
import { registerCanvasOverlay } from '../canvas/canvas-overlays';
import { lazyComponent } from '../ui/lazy-component';
import { useLiveView } from './live-view';

// The live view's code loads the first time it opens: most sessions never use it.
const LazyBar = lazyComponent(() => import('./LiveView'), (module) => module.LiveView.Bar);
const LazyLayer = lazyComponent(() => import('./LiveView'), (module) => module.LiveView.Layer);

const useShown = (flowId: string) => useLiveView((state) => state.flowId === flowId);

registerCanvasOverlay({
  Bar: ({ flowId }) =>
    useShown(flowId) ? (
      <Suspense fallback={null}>
        <LazyBar />
      </Suspense>
    ) : null,
  Layer: ({ flowId }) =>
    useShown(flowId) ? (
      <Suspense fallback={null}>
        <LazyLayer />
      </Suspense>
    ) : null,
});
