import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { planImport } from '../../../shared/import/plan-import';
import type { Pack } from '../../../shared/pack/pack-schema';
import { ModalDialog } from '../ui/ModalDialog';
import { ImportPlanView } from './ImportPlanView';
import type { PlanDecisions } from './ImportPlanView';

/**
 * What importing a pack into a tenant would do, planned in the renderer against the tenant's
 * catalog (a snapshot file here; a live tenant for push). Re-plans on every decision; writes
 * nothing. `actions` lets a caller add its own confirm button (tenant push).
 */
export function ImportPreviewDialog({ pack, catalog, onClose, actions }: { pack: Pack; catalog: CatalogSnapshot; onClose: () => void; actions?: ReactNode }) {
  const { t } = useTranslation();
  const [decisions, setDecisions] = useState<PlanDecisions>({ flows: {}, references: [] });
  const plan = useMemo(() => planImport(pack, catalog, decisions), [pack, catalog, decisions]);
  return (
    <ModalDialog
      title={t('pack.previewTitle', { name: pack.manifest.name })}
      size="wide"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('pack.back')}
          </button>
          {actions}
        </>
      }
    >
      <p className="muted">{t('pack.previewIntro', { tenant: catalog.tenant.name })}</p>
      <ImportPlanView plan={plan} catalog={catalog} decisions={decisions} onDecisionsChange={setDecisions} />
    </ModalDialog>
  );
}
