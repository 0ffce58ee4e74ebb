import type { DragEvent } from 'react';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepType } from '../../../shared/catalog/types';
import type { TFunction } from 'i18next';
import { useUi } from '../ui/ui-store';
import { addStep } from '../documents/document-actions';
import { paletteItemName } from './palette-item-name';
import type { LinkAfter } from '../documents/link-after';
import { useDocuments } from '../documents/documents-store';
import { useLocale } from '../i18n/locale';
import { viewportCentre } from './canvas-registry';
import { PALETTE_DRAG_TYPE, paletteGroups } from './palette-items';
import { StepIcon } from './step-icon';
import { labelIn } from '../i18n/catalog-text';

/**
 * The step types of the document's profile, triggers first, searchable. Click one to add
 * it after the selected step (or at the centre of the view); drag one onto the canvas to
 * place it there.
 */
export function Palette({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const profile = useDocuments((state) => state.docs[docId]?.flow.profile);
  const kind = useDocuments((state) => state.docs[docId]?.flow.kind);
  const readOnly = useDocuments((state) => (state.docs[docId]?.readOnlyReason ?? null) !== null);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => (profile && kind ? paletteGroups(profile, kind, query, locale) : undefined), [profile, kind, query, locale]);
  const hintId = useId();

  const add = (type: string) => {
    addStep(docId, type, { locale, fallback: viewportCentre(docId), onLinked: (link, names) => tellHowLinked(t, link, names) });
  };

  return (
    <aside aria-label={t('canvas.palette')} className="fp-palette">
      <input
        type="search"
        className="fp-palette__search"
        placeholder={t('canvas.searchSteps')}
        aria-label={t('canvas.searchSteps')}
        aria-describedby={hintId}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={hintId} className="fp-palette__hint">
        {t('canvas.paletteHint')}
      </p>
      {groups && (
        <>
          <PaletteGroup title={t('canvas.triggers')} steps={groups.triggers} disabled={readOnly} onAdd={add} />
          <PaletteGroup title={t('canvas.steps')} steps={groups.steps} disabled={readOnly} onAdd={add} />
          {groups.triggers.length === 0 && groups.steps.length === 0 && <p className="fp-palette__empty">{t('canvas.noMatches', { query })}</p>}
        </>
      )}
    </aside>
  );
}

/**
 * Says how a clicked step joined the flow when it was not simply connected from a free output:
 * the hint promises "after the selected one", so anything else is said, never left to a
 * "never runs" warning to discover.
 */
function tellHowLinked(t: TFunction, link: LinkAfter, names: { selected: string; added: string }): void {
  if (link.kind === 'port') return;
  const text = link.kind === 'insert' ? t('addAfter.inserted', { ...names, successor: link.successor.name }) : t(`addAfter.${link.reason}`, names);
  useUi.getState().notify(text);
}

const PaletteGroup = memo(function PaletteGroup({ title, steps, disabled, onAdd }: { title: string; steps: StepType[]; disabled: boolean; onAdd: (type: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  if (steps.length === 0) return null;
  const onDragStart = (event: DragEvent<HTMLButtonElement>, type: string) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section aria-labelledby={headingId} className="fp-palette__group">
      <h2 id={headingId} className="fp-palette__heading">
        {title}
      </h2>
      <ul className="fp-palette__list">
        {steps.map((step) => (
          <li key={step.type}>
            <button
              type="button"
              className="fp-palette__item"
              draggable={!disabled}
              disabled={disabled}
              onDragStart={(event) => onDragStart(event, step.type)}
              onClick={() => onAdd(step.type)}
              aria-label={paletteItemName(t, labelIn(step.labels, locale))}
              title={labelIn(step.description, locale)}
            >
              <StepIcon icon={step.icon} role={step.role} />
              <span className="fp-palette__label">{labelIn(step.labels, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
