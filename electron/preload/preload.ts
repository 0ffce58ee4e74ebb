// The desktop preload: runs sandboxed before the page and exposes exactly one thing, the host
// bridge of shared/host/transport.ts. No ipcRenderer, no Node, no other global.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_BRIDGE_GLOBAL } from '../../shared/host/transport';
import { createHostBridge } from './host-bridge';

contextBridge.exposeInMainWorld(HOST_BRIDGE_GLOBAL, createHostBridge(ipcRenderer));
