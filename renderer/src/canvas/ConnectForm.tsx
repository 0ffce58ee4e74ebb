import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findStepType } from '../../../shared/catalog/registry';
import { FormDialog } from '../ui/FormDialog';
import { connectSteps, reconnectEdge } from '../documents/document-actions';
import { useDocuments } from '../documents/documents-store';
import { useLocale } from '../i18n/locale';
import { stepTitle } from './aria-labels';
import { useCanvasUi } from './canvas-ui-store';
import { connectChoices } from './connect-choices';
import { labelIn, labelOrNull } from '../i18n/catalog-text';

/**
 * The Connect dialog's form: one of a step's free outputs and the step it goes to, or, for an
 * existing connection, another output or target (ConnectDialog.tsx opens it).
 */
export function ConnectForm({ docId, nodeId, edgeId }: { docId: string; nodeId?: string; edgeId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const flow = useDocuments((state) => state.docs[docId]?.flow);
  const choices = useMemo(() => (flow ? connectChoices(flow, { nodeId, edgeId }) : undefined), [flow, nodeId, edgeId]);
  const [port, setPort] = useState(choices?.port);
  const [target, setTarget] = useState(choices?.target);
  const portId = useId();
  const targetId = useId();
  const close = () => useCanvasUi.getState().closeConnect();
  if (!flow || !choices) return null;

  const name = stepTitle(flow.profile, choices.source, locale);
  const moving = choices.edge !== undefined;
  const possible = choices.ports.length > 0 && choices.targets.length > 0;
  const confirm = () => {
    if (!possible || port === undefined || target === undefined) return close();
    const connection = { source: choices.source.id, sourcePort: port, target };
    if (choices.edge) reconnectEdge(docId, choices.edge.id, connection);
    else connectSteps(docId, connection);
    close();
  };
  const targetLabel = (node: (typeof choices.targets)[number]) => {
    const title = stepTitle(flow.profile, node, locale);
    const type = labelOrNull(findStepType(flow.profile, node.type)?.labels, locale) ?? node.type;
    return title === type ? title : `${title} (${type})`;
  };

  return (
    <FormDialog
      title={moving ? t('canvas.keyboard.moveTitle', { name }) : t('canvas.keyboard.connectTitle', { name })}
      confirmLabel={moving ? t('canvas.keyboard.move') : t('canvas.keyboard.connect')}
      onConfirm={confirm}
      onCancel={close}
      busy={!possible}
    >
      {choices.ports.length === 0 ? (
        <p>{t('canvas.keyboard.noFreePort', { name })}</p>
      ) : choices.targets.length === 0 ? (
        <p>{t('canvas.keyboard.noTarget')}</p>
      ) : (
        <>
          {/* The step to go to first: it is always a choice, the output often is not (one free port). */}
          <label className="field" htmlFor={targetId}>
            <span>{t('canvas.keyboard.target')}</span>
            <select id={targetId} value={target} onChange={(event) => setTarget(event.target.value)}>
              {choices.targets.map((node) => (
                <option key={node.id} value={node.id}>
                  {targetLabel(node)}
                </option>
              ))}
            </select>
          </label>
          <label className="field" htmlFor={portId}>
            <span>{t('canvas.keyboard.output')}</span>
            <select id={portId} value={port} onChange={(event) => setPort(event.target.value)}>
              {choices.ports.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {labelIn(candidate.label, locale)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </FormDialog>
  );
}
