import { ControlButton, Controls } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionName } from '../../../shared/host/actions';
import { actionHint, actionLabel, runAction } from '../actions/registry';

const BUTTONS: { action: ActionName; glyph: string }[] = [
  { action: 'zoomIn', glyph: '+' },
  { action: 'zoomOut', glyph: '−' },
  { action: 'zoomReset', glyph: '1:1' },
  { action: 'fitView', glyph: '⤢' },
  { action: 'autoLayout', glyph: '⇶' },
];

/**
 * Zoom, fit and auto-layout buttons in the canvas corner; each runs its action of the registry,
 * as its key and menu item do, and its hint shows that key.
 * Memoised: the canvas re-renders whenever steps come into view, and the buttons never change with it.
 */
export const CanvasControls = memo(function CanvasControls({ docId, readOnly }: { docId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Controls showZoom={false} showFitView={false} showInteractive={false} aria-label={t('canvas.controls')} className="fp-controls">
      {BUTTONS.filter((button) => !(readOnly && button.action === 'autoLayout')).map((button) => (
        <ControlButton key={button.action} onClick={() => void runAction(button.action, { docId })} aria-label={actionLabel(t, button.action)} title={actionHint(t, button.action)}>
          <span aria-hidden="true" className="fp-controls__glyph">
            {button.glyph}
          </span>
        </ControlButton>
      ))}
    </Controls>
  );
});
