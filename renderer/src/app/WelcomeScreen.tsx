import { useTranslation } from 'react-i18next';
import { useUi } from '../ui/ui-store';

/**
 * What the editor shows while no flow is open: what the app is for and what to do first, with
 * the two actions a first visit needs. It is the page's main content until a flow opens (the
 * canvas is then the main landmark instead).
 */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const openDialog = useUi((state) => state.openDialog);
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome-title">
        {t('welcome.title')}
      </h2>
      <p className="welcome-intro">{t('welcome.intro')}</p>
      <ol className="welcome-steps">
        <li>{t('welcome.stepOpen')}</li>
        <li>{t('welcome.stepEdit')}</li>
        <li>{t('welcome.stepSend')}</li>
      </ol>
      <div className="welcome-actions">
        <button type="button" className="button button-primary" onClick={() => openDialog({ kind: 'newFlow' })}>
          {t('welcome.createFlow')}
        </button>
        <button type="button" className="button" onClick={() => openDialog({ kind: 'tenants' })}>
          {t('welcome.connectTenant')}
        </button>
      </div>
    </main>
  );
}
