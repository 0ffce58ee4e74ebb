import { ControlButton, Controls } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { runEditorCommand } from './editor-commands';
import type { EditorCommand } from './editor-commands';

const BUTTONS: { command: EditorCommand; key: string; glyph: string }[] = [
  { command: 'zoomIn', key: 'canvas.zoomIn', glyph: '+' },
  { command: 'zoomOut', key: 'canvas.zoomOut', glyph: '−' },
  { command: 'zoomReset', key: 'canvas.zoomReset', glyph: '1:1' },
  { command: 'fitView', key: 'canvas.fitView', glyph: '⤢' },
  { command: 'autoLayout', key: 'canvas.autoLayout', glyph: '⇶' },
];

/**
 * Zoom, fit and auto-layout buttons in the canvas corner; each runs the same command as its shortcut and menu item.
 * Memoised: the canvas re-renders whenever steps come into view, and the buttons never change with it.
 */
export const CanvasControls = memo(function CanvasControls({ docId, readOnly }: { docId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Controls showZoom={false} showFitView={false} showInteractive={false} aria-label={t('canvas.controls')} className="fp-controls">
      {BUTTONS.filter((button) => !(readOnly && button.command === 'autoLayout')).map((button) => (
        <ControlButton key={button.command} onClick={() => runEditorCommand(button.command, docId)} aria-label={t(button.key)} title={t(button.key)}>
          <span aria-hidden="true" className="fp-controls__glyph">
            {button.glyph}
          </span>
        </ControlButton>
      ))}
    </Controls>
  );
});
