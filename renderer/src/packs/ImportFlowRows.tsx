import { useTranslation } from 'react-i18next';
import type { CollisionChoice, PackFlowEntry, PackImportResult } from '../../../shared/host/pack-calls';

/** What to do with one flow: a new one is imported or skipped; one whose id is here needs a collision choice. */
export type FlowChoice = CollisionChoice | 'import';

const NEW_CHOICES: readonly FlowChoice[] = ['import', 'skip'];
const COLLISION_CHOICES: readonly FlowChoice[] = ['keepBoth', 'replace', 'skip'];

interface ImportFlowRowsProps {
  flows: PackFlowEntry[];
  choices: Record<string, FlowChoice>;
  /** After import: what happened to each flow, shown instead of the choices. */
  result: PackImportResult | null;
  onChoose: (id: string, choice: FlowChoice) => void;
}

/** The pack's flows, one row each: its name, whether the workspace already holds its id, and the choice. */
export function ImportFlowRows({ flows, choices, result, onChoose }: ImportFlowRowsProps) {
  const { t } = useTranslation();
  const outcomes = new Map(result?.flows.map((flow) => [flow.id, flow]));
  return (
    <div className="pack-table-scroll">
      <table className="pack-table">
        <caption className="visually-hidden">{t('pack.flowsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pack.colFlow')}</th>
            <th scope="col">{t('pack.colStatus')}</th>
            <th scope="col">{t('pack.colChoice')}</th>
          </tr>
        </thead>
        <tbody>
          {flows.map((flow) => {
            const outcome = outcomes.get(flow.id);
            return (
              <tr key={flow.id}>
                <td>
                  {flow.name}
                  {flow.errors > 0 && <div className="pack-note-warning">{t('pack.flowErrors', { count: flow.errors })}</div>}
                </td>
                <td className={flow.collision ? 'pack-collision' : 'muted'}>{flow.collision ? t('pack.exists', { path: flow.collision }) : t('pack.newFlow')}</td>
                <td>
                  {outcome ? (
                    <span className={`pack-outcome pack-outcome-${outcome.outcome}`}>{t(`pack.outcome.${outcome.outcome}`, { path: outcome.path })}</span>
                  ) : (
                    <select aria-label={t('pack.choiceFor', { name: flow.name })} value={choices[flow.id]} onChange={(event) => onChoose(flow.id, event.target.value as FlowChoice)}>
                      {(flow.collision ? COLLISION_CHOICES : NEW_CHOICES).map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`pack.choice.${choice}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
