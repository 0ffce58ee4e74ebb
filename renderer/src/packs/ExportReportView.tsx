import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../shared/format/diagnostic';
import { refusingErrors, toConfigure } from '../../../shared/format/diagnostic-class';
import type { HostResult } from '../../../shared/host/contract';
import { formatPath } from '../../../shared/validation/messages';
import { KIND_LABELS } from '../../../shared/catalog/kind-labels';
import type { Labels } from '../../../shared/catalog/labels';
import { reportedItemText } from '../i18n/host-codes';
import { useLocale } from '../i18n/locale';
import { diagnosticText } from '../problems/diagnostic-text';
import { labelIn } from '../i18n/catalog-text';

/** What export found: the parts of an export preview the report shows. */
type ExportOutcome = Pick<HostResult<'pack:exportPreview'>, 'report' | 'diagnostics' | 'flowPaths'>;

/**
 * What export will do, shown before anything is written: the refusal (errors that refuse, with
 * the file each comes from) or the flows of the pack, what is left to configure after import,
 * every value removed or changed, by flow, step and field, and the personal data kept on
 * purpose. Items name the kind of value; a removed piece of personal data also offers "Keep"
 * (`onKeep`), which names the value on the author's own screen only.
 */
export function ExportReportView({ outcome, onKeep }: { outcome: ExportOutcome; onKeep?: (value: string) => void }) {
  const { t } = useTranslation();
  const errors = refusingErrors(outcome.diagnostics);
  if (errors.length > 0) return <ExportRefusal errors={errors} flowPaths={outcome.flowPaths} />;
  const { report } = outcome;
  return (
    <section className="pack-report" aria-label={t('pack.reportTitle')}>
      <ToConfigureList findings={toConfigure(outcome.diagnostics)} flowNames={new Map(report.flows.map((flow) => [flow.id, flow.name]))} />
      <h3 className="pack-subtitle">{t('pack.reportFlows', { count: report.flows.length })}</h3>
      <ul className="pack-flow-list">
        {report.flows.map((flow) => (
          <li key={flow.id}>
            {flow.name}
            {flow.dependency && <span className="muted"> — {t('pack.dependency')}</span>}
          </li>
        ))}
      </ul>
      <h3 className="pack-subtitle">{t('pack.reportTitle')}</h3>
      {report.items.length === 0 ? (
        <p className="muted">{t('pack.reportNothing')}</p>
      ) : (
        <SanitisationTable
          items={report.items}
          caption={t('pack.reportTitle')}
          extra={(index) =>
            onKeep &&
            report.keepable[index] !== undefined && (
              <button type="button" className="pack-keep" title={t('pack.keepValue', { value: report.keepable[index] })} onClick={() => onKeep(report.keepable[index]!)}>
                {t('pack.keep')}
              </button>
            )
          }
        />
      )}
      {report.travels.length > 0 && <TravelsTable travels={report.travels} />}
      {report.kept.length > 0 && (
        // Personal data the author chose to keep: the pack's manifest lists it, so the recipient sees it was deliberate.
        <>
          <h3 className="pack-subtitle">{t('pack.keptTitle', { count: report.kept.length })}</h3>
          <SanitisationTable items={report.kept} caption={t('pack.keptTitle', { count: report.kept.length })} />
        </>
      )}
    </section>
  );
}

type SanitisationItems = ExportOutcome['report']['items'];
type Travels = ExportOutcome['report']['travels'];

/** A reported value's field: the catalog's label in the UI's language, else the path itself (a setting no schema declares). */
function FieldCell({ item }: { item: { field?: Labels | undefined; path: (string | number)[] } }) {
  const locale = useLocale();
  return item.field ? <td>{labelIn(item.field, locale)}</td> : <td className="mono">{formatPath(item.path)}</td>;
}

/**
 * What leaves with the flows as it is: each reference to an entity of the author's tenant (a
 * team's id, a tag's name) that the destination must hold, and what import does there without it.
 */
function TravelsTable({ travels }: { travels: Travels }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t('packDestination.travelsTitle', { count: travels.length });
  return (
    <>
      <h3 className="pack-subtitle">{caption}</h3>
      <p className="muted">{t('packDestination.travelsIntro')}</p>
      {/* Focusable, so a keyboard can scroll a long report (it scrolls inside the dialog). */}
      <div className="pack-table-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="pack-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pack.reportFlow')}</th>
              <th scope="col">{t('pack.reportStep')}</th>
              <th scope="col">{t('pack.reportField')}</th>
              <th scope="col">{t('packDestination.travelsWhat')}</th>
              <th scope="col">{t('packDestination.travelsOnImport')}</th>
            </tr>
          </thead>
          <tbody>
            {travels.map((travel, index) => (
              <tr key={index}>
                <td>{travel.flowName}</td>
                <td>{travel.nodeId === undefined ? t('pack.wholeFlow') : travel.nodeName || travel.nodeId}</td>
                <FieldCell item={travel} />
                <td>{t(travel.byName ? 'packDestination.travelsByName' : 'packDestination.travelsWithId', { kind: labelIn(KIND_LABELS[travel.kind], locale), entity: travel.entity })}</td>
                <td>{t(`packDestination.onImport.${travel.onImport}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What export did to each value, by flow, step and field; `extra` adds to an item's change cell (the "Keep" button). */
function SanitisationTable({ items, caption, extra }: { items: SanitisationItems; caption: string; extra?: (index: number) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    // Focusable, so a keyboard can scroll a long report (it scrolls inside the dialog).
    <div className="pack-table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="pack-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pack.reportFlow')}</th>
            <th scope="col">{t('pack.reportStep')}</th>
            <th scope="col">{t('pack.reportField')}</th>
            <th scope="col">{t('pack.reportChange')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={index}>
              <td>{item.flowName}</td>
              <td>{item.nodeId === undefined ? t('pack.wholeFlow') : item.nodeName || item.nodeId}</td>
              <FieldCell item={item} />
              <td className={`pack-change pack-change-${item.action}`}>
                {t(`pack.action.${item.action}`, { what: reportedItemText(item, t, locale) })}
                {extra?.(index)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What travels unfinished: errors a person completes after import (placeholders, required
 * fields left empty). They do not stop export; the recipient sees them in the plan and the editor.
 */
export function ToConfigureList({ findings, flowNames }: { findings: readonly Diagnostic[]; flowNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (findings.length === 0) return null;
  return (
    <section className="pack-to-configure" aria-label={t('pack.toConfigureTitle', { count: findings.length })}>
      <h3 className="pack-subtitle">{t('pack.toConfigureTitle', { count: findings.length })}</h3>
      <p className="muted">{t('pack.toConfigureIntro')}</p>
      <ul>
        {findings.map((d, index) => (
          <li key={index} className="plan-diagnostic-toConfigure">
            {d.flowId !== undefined && flowNames.has(d.flowId) && <span>{flowNames.get(d.flowId)}: </span>}
            {diagnosticText(d, t, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The errors that refuse a pack, each with the file it comes from; `lead` says what is refused (export by default). */
export function ExportRefusal({ errors, flowPaths, lead }: { errors: Diagnostic[]; flowPaths: Record<string, string>; lead?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="pack-refusal" role="alert">
      <p className="error-text">{lead ?? t('pack.refused')}</p>
      <ul>
        {errors.map((d, index) => (
          <li key={index}>
            {d.flowId !== undefined && flowPaths[d.flowId] && <span className="mono">{flowPaths[d.flowId]}: </span>}
            {diagnosticText(d, t, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
}
