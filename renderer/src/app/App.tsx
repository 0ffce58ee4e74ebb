import { Suspense, useCallback } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { Palette } from '../canvas/Palette';
import { PropertiesDrawer } from '../canvas/properties/PropertiesDrawer';
import { useDocuments } from '../documents/documents-store';
import { LibraryPanel } from '../library/LibraryPanel';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { DialogHost } from './DialogHost';
import { DocumentBanners } from './DocumentBanners';
import { DocumentTabs, EDITOR_PANEL_ID, tabIdFor } from './DocumentTabs';
import { StatusNotice } from './StatusNotice';
import { TopBar } from './TopBar';
import { useUi } from '../ui/ui-store';
import { lazyComponent, retryFailedLoads } from '../ui/lazy-component';
import { messageOf } from '../ui/message-of';
import { translate } from '../i18n/i18n';
import { useSimulatorVisibility } from '../simulator/simulator-visibility';
import { FailureBoundary } from '../ui/FailureBoundary';
import { WelcomeScreen } from './WelcomeScreen';
import { useAppStartup } from './use-app-startup';

// The panel and the runtime it runs flows with load when it is first shown, never at start.
const SimulatorPanel = lazyComponent(() => import('../simulator/SimulatorPanel'), (module) => module.SimulatorPanel);

/**
 * The application shell: top bar; library on the left; tabs above the palette, canvas and
 * properties of the active flow; Problems below; dialogs and the status line on top.
 */
export function App() {
  useAppStartup();
  const activeId = useDocuments((state) => state.activeId);
  const problemsOpen = useUi((state) => state.problemsOpen);
  const simulatorOpen = useSimulatorVisibility((state) => state.open);
  const onSimulatorFailure = useCallback((error: unknown) => {
    retryFailedLoads();
    useSimulatorVisibility.getState().setOpen(false);
    useUi.getState().notify(translate('simulatorLoading.failed', { message: messageOf(error) }), 'error');
  }, []);

  return (
    <div className="app">
      <TopBar />
      <div className="workbench">
        <LibraryPanel />
        <div className="editor-area">
          <DocumentTabs />
          {activeId ? (
            <div className="editor-panel">
              <DocumentBanners docId={activeId} />
              <div className="editor-body">
                <Palette docId={activeId} />
                <FlowCanvas docId={activeId} panelId={EDITOR_PANEL_ID} tabId={tabIdFor(activeId)} />
                <PropertiesDrawer docId={activeId} />
                {simulatorOpen && (
                  <FailureBoundary key={activeId} onFailure={onSimulatorFailure}>
                    <Suspense fallback={null}>
                      <SimulatorPanel docId={activeId} />
                    </Suspense>
                  </FailureBoundary>
                )}
              </div>
            </div>
          ) : (
            <WelcomeScreen />
          )}
          {problemsOpen && <ProblemsPanel />}
        </div>
      </div>
      <StatusNotice />
      <DialogHost />
    </div>
  );
}
