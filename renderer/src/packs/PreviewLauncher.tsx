import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogSnapshotSchema } from '../../../shared/import/catalog-snapshot';
import type { CatalogSnapshot } from '../../../shared/import/catalog-snapshot';
import { parseJson } from '../../../shared/json/parse-json';
import { loadPack } from '../../../shared/pack/load-pack';
import { messageOf } from '../ui/message-of';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { readPickedFile } from './picked-file';

/** Picks a tenant catalog snapshot file and opens the import preview of the pack against it. */
export function PreviewLauncher({ packText }: { packText: string }) {
  const { t } = useTranslation();
  const [catalog, setCatalog] = useState<CatalogSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The host already read this pack; here it is loaded again because planning runs in the renderer.
  const pack = useMemo(() => {
    const parsed = parseJson(packText);
    return parsed.ok ? loadPack(parsed.value).pack : undefined;
  }, [packText]);
  if (!pack) return null;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const parsed = parseJson(await readPickedFile(file));
      if (!parsed.ok) throw new Error(parsed.message);
      const checked = catalogSnapshotSchema.safeParse(parsed.value);
      if (!checked.success) throw new Error(checked.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).slice(0, 3).join('; '));
      setCatalog(checked.data);
    } catch (error) {
      setProblem(t('pack.badCatalog', { message: messageOf(error) }));
    }
  };

  return (
    <details className="pack-preview-launcher">
      <summary>{t('pack.previewButton')}</summary>
      <label className="field">
        <span>{t('pack.catalogFile')}</span>
        <input type="file" accept=".json,application/json" onChange={(event) => void pick(event.target.files?.[0])} />
      </label>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {catalog && <ImportPreviewDialog pack={pack} catalog={catalog} onClose={() => setCatalog(null)} />}
    </details>
  );
}
