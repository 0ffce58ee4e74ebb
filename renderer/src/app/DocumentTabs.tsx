import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDocuments } from '../documents/documents-store';
import { errorCount, isDirty } from '../documents/open-document';
import { requestClose } from '../documents/document-files';
import { Icon } from '../ui/icons';
import { isWorkspacePath } from '../../../shared/host/workspace-paths';

/** The id of the active tab's panel (the canvas), which every tab controls. */
export const EDITOR_PANEL_ID = 'editor-panel';

/** The id of a document's tab element, for `aria-labelledby` of its panel. */
export function tabIdFor(docId: string): string {
  return `tab-${encodeURIComponent(docId)}`;
}

/**
 * The open flows as tabs. Each tab is named by its flow; unsaved changes show as a dot and
 * as the accessible description "unsaved changes". Delete on a focused tab, middle-click or
 * the × closes (asking when dirty); Left/Right move between tabs.
 *
 * A tab list may hold only tabs, so the × is the pointer's shortcut, hidden from assistive
 * technology and out of the Tab order; keyboards and screen readers close with Delete, as the
 * ARIA tabs pattern has it (each tab announces the key with aria-keyshortcuts).
 */
export function DocumentTabs() {
  const { t } = useTranslation();
  const order = useDocuments((state) => state.order);
  const activeId = useDocuments((state) => state.activeId);
  // One string per render decision (name, dirty, errors), so typing in a step does not re-render the tabs.
  const summary = useDocuments(
    useShallow((state) =>
      state.order.map((id) => {
        const doc = state.docs[id]!;
        return `${doc.tabName ?? doc.flow.name}\u0000${isDirty(doc) ? 1 : 0}\u0000${errorCount(doc)}\u0000${doc.readOnlyReason === null ? 0 : 1}`;
      }),
    ),
  );

  if (order.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Delete') {
      event.preventDefault();
      const id = order[index];
      if (id === undefined) return;
      requestClose(id);
      // Closed at once (nothing unsaved): the keyboard stays in the strip, on the tab now active.
      const next = useDocuments.getState().activeId;
      if (next !== null && next !== id) requestAnimationFrame(() => document.getElementById(tabIdFor(next))?.focus());
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = order[(index + step + order.length) % order.length];
    if (next === undefined) return;
    useDocuments.getState().activate(next);
    document.getElementById(tabIdFor(next))?.focus();
  };

  return (
    // The strip is a landmark of its own: the tab list's name would otherwise be content outside every landmark.
    <nav className="tabs-strip" aria-label={t('tabs.label')}>
      <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
        {order.map((id, index) => {
          const [name = '', dirty, errors, readOnly] = (summary[index] ?? '').split('\u0000');
          const active = id === activeId;
          return (
            <div key={id} className={`tab-wrap${active ? ' is-active' : ''}`} title={isWorkspacePath(id) ? id : name}>
              <div
                id={tabIdFor(id)}
                role="tab"
                className="tab"
                aria-label={name || t('tabs.untitled')}
                aria-selected={active}
                aria-controls={EDITOR_PANEL_ID}
                aria-description={dirty === '1' ? t('tabs.unsaved') : undefined}
                aria-keyshortcuts="Delete"
                tabIndex={active ? 0 : -1}
                onClick={() => useDocuments.getState().activate(id)}
                onAuxClick={(event) => event.button === 1 && requestClose(id)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {errors !== '0' && <span className="tab-error-dot" aria-hidden="true" />}
                <span className="tab-name">{name || t('tabs.untitled')}</span>
                {readOnly === '1' && (
                  <span className="tab-flag" aria-hidden="true">
                    {t('tabs.readOnly')}
                  </span>
                )}
                {dirty === '1' && <span className="tab-dirty" aria-hidden="true" />}
              </div>
              <button type="button" className="tab-close" aria-hidden="true" title={t('tabs.close', { name })} tabIndex={-1} onClick={() => requestClose(id)}>
                <Icon name="close" />
              </button>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
