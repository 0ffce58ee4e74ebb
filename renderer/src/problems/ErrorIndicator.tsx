import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../documents/documents-store';
import { errorCount, warningCount } from '../documents/open-document';
import { useLocale } from '../i18n/locale';
import { diagnosticText } from './diagnostic-text';
import { faultyTargets } from './problem-list';
import { describeProblems } from './problem-summary';

/**
 * The top bar's error indicator: its name says the counts ("2 errors, 1 warning" or "No
 * problems"); it opens a list of the faulty steps, and picking one centres it on the canvas
 * and opens its properties.
 */
export function ErrorIndicator({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const doc = useDocuments((state) => state.docs[docId]);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const diagnostics = doc?.diagnostics;
  const nodes = doc?.flow.nodes;
  const targets = useMemo(() => (diagnostics && nodes ? faultyTargets({ nodes }, diagnostics) : []), [diagnostics, nodes]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  if (!doc) return null;
  const errors = errorCount(doc);
  const warnings = warningCount(doc);
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';

  return (
    <div className="error-indicator" ref={rootRef}>
      <button
        type="button"
        className={`indicator-button tone-${tone}`}
        aria-label={describeProblems(t, { errors, warnings })}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="indicator-count severity-error" aria-hidden="true">
          {errors}
        </span>
        <span className="indicator-count severity-warning" aria-hidden="true">
          {warnings}
        </span>
      </button>
      {open && (
        <div
          id={listId}
          className="indicator-popover"
          role="dialog"
          aria-label={t('problems.faultySteps')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          {targets.length === 0 ? (
            <p className="muted">{t('problems.allClear')}</p>
          ) : (
            <ul className="faulty-list">
              {targets.map((target) => (
                <li key={target.key}>
                  <button
                    type="button"
                    className={`faulty-step severity-${target.errors > 0 ? 'error' : 'warning'}`}
                    onClick={() => {
                      setOpen(false);
                      if (target.nodeId !== undefined || target.edgeId !== undefined) {
                        useDocuments.getState().focusTarget(docId, { nodeId: target.nodeId, edgeId: target.edgeId });
                      }
                    }}
                  >
                    <span className="faulty-name">{target.nodeId !== undefined ? target.name : target.edgeId !== undefined ? t('problems.connection') : t('problems.wholeFlow')}</span>
                    <span className="faulty-detail">{diagnosticText(target.first, t, locale)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
