import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canvasFor } from '../canvas/canvas-registry';
import { showStep } from '../canvas/show-step';
import { useDocuments } from '../documents/documents-store';
import { useRunMarks } from '../documents/run-marks';
import { RunReport } from './RunReport';
import { SaveTestForm } from './SaveTestForm';
import { TestCoverage } from './TestCoverage';
import { SimulationSetupForm } from './SimulationSetupForm';
import { WaitingInputs } from './WaitingInputs';
import { stepsWithoutBehaviour } from './simulation-run';
import { lastRun, useSimulations } from './simulation-store';
import { useSimulatorVisibility } from './simulator-visibility';
import './simulator.css';
import { simulatorEn } from '../../../shared/locales/en/simulator';
import { addEnglishStrings } from '../i18n/i18n';

// The panel's English strings come with it, so the editor's start holds none of them.
addEnglishStrings(simulatorEn);

/**
 * The Simulate panel of an open flow: how the run starts (trigger, test contact, the world's
 * answers), Run and Restart, what the waiting run can be given, the outcome, the transcript and
 * the effects, and Save as test. Runs offline in the editor; loaded with the runtime on first open.
 */
export function SimulatorPanel({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const flow = useDocuments((state) => state.docs[docId]?.flow);
  const simulation = useSimulations((state) => state.byDoc[docId]);

  useEffect(() => {
    if (flow) useSimulations.getState().ensure(docId, flow);
  }, [docId, flow]);
  // An edit of the flow while a run is shown runs it again, so the outline never shows a path the flow no longer has.
  useEffect(() => {
    if (flow) useSimulations.getState().refresh(docId, flow);
  }, [docId, flow]);
  // Closing the panel (or switching flows) takes the outline off the canvas.
  useEffect(() => () => useSimulations.getState().forget(docId), [docId]);
  // The step the run waits or ended at is brought into view as the run moves, without selecting it.
  const currentStep = useRunMarks((state) => {
    const steps = state.byDoc[docId]?.steps;
    return steps ? Object.keys(steps).find((id) => steps[id] === 'current') : undefined;
  });
  useEffect(() => {
    const canvas = canvasFor(docId);
    if (canvas && currentStep !== undefined) showStep(canvas.instance, canvas.element, currentStep, 200);
  }, [docId, currentStep]);

  if (!flow || !simulation) return null;
  const missing = stepsWithoutBehaviour(flow).map((id) => flow.nodes.find((node) => node.id === id)?.name || id);
  const run = lastRun(simulation);

  return (
    <aside className="simulator panel" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 className="panel-title" id={titleId}>
          {t('simulator.title')}
        </h2>
        <button type="button" className="icon-button panel-close" aria-label={t('simulator.close')} title={t('simulator.close')} onClick={() => useSimulatorVisibility.getState().setOpen(false)}>
          ×
        </button>
      </div>
      <div className="simulator-body">
        <p className="muted simulator-note">{t('simulator.offline')}</p>
        {missing.length > 0 && (
          <p className="simulator-warning" role="note">
            {t('simulator.notSimulated', { count: missing.length, names: missing.join(', ') })}
          </p>
        )}
        <SimulationSetupForm docId={docId} flow={flow} setup={simulation.setup} started={simulation.result !== null} />
        {simulation.result?.problem !== undefined && (
          <p className="simulator-problem" role="alert">
            {t('simulator.stopped', { message: simulation.result.problem })}
          </p>
        )}
        <RunReport flow={flow} simulation={simulation} />
        {run?.status === 'waiting' && <WaitingInputs docId={docId} flow={flow} run={run} />}
        <SaveTestForm docId={docId} canSave={run !== undefined} />
        <TestCoverage docId={docId} />
      </div>
    </aside>
  );
}
