import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileCatalog } from '../../../shared/catalog/registry';
import type { Template } from '../../../shared/templates/template';
import { useLocale } from '../i18n/locale';
import { groupTemplates } from './template-groups';
import { labelIn } from '../i18n/catalog-text';

/** Props of {@link TemplateGallery}. */
export interface TemplateGalleryProps {
  templates: readonly Template[] | null;
  error: string | null;
  selectedId: string | null;
  onSelect: (template: Template) => void;
}

/** The searchable template gallery, grouped by profile; one template is chosen like a radio button. */
export function TemplateGallery({ templates, error, selectedId, onSelect }: TemplateGalleryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupTemplates(templates ?? [], query), [templates, query]);

  return (
    <div className="template-gallery">
      <input type="search" aria-label={t('newFlow.searchTemplates')} placeholder={t('newFlow.searchTemplates')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {templates === null && !error && <p className="muted">{t('newFlow.loadingTemplates')}</p>}
      {error && <p className="error-text">{t('newFlow.templatesFailed', { message: error })}</p>}
      {templates !== null && groups.length === 0 && <p className="muted">{t('newFlow.noTemplates')}</p>}
      <div className="template-groups" role="radiogroup" aria-label={t('newFlow.templates')}>
        {groups.map((group) => (
          <section key={group.profile} className="template-group" aria-label={labelIn(profileCatalog(group.profile).labels, locale)}>
            <h3 className="template-group-title">{labelIn(profileCatalog(group.profile).labels, locale)}</h3>
            <div className="template-cards">
              {group.templates.map((template) => (
                <label key={template.id} className={`template-card${template.id === selectedId ? ' is-selected' : ''}`}>
                  <input type="radio" name="template" checked={template.id === selectedId} onChange={() => onSelect(template)} />
                  <span className="template-name">
                    {template.name}
                    {template.source === 'user' && <span className="chip">{t('newFlow.yours')}</span>}
                  </span>
                  <span className="template-description" title={template.description}>
                    {template.description}
                  </span>
                </label>
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
