/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { positionsOf, toElkGraph } from './layout-graph';
import type { LayoutRequest, LayoutResponse } from './layout-graph';

// Laying out thousands of steps takes long enough to freeze the page, so it runs here, off the main thread.
const elk = new ELK();

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  let response: LayoutResponse;
  try {
    response = { ok: true, positions: positionsOf(await elk.layout(toElkGraph(event.data))) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
