import { describe, expect, it } from 'vitest';
import { signInBackPage } from './back-page';

describe('the page a browser tab shows once the tenant sent it back to the app', () => {
  it('speaks the browser’s language, as the tenant’s own sign-in pages did a moment before', () => {
    expect(signInBackPage('pt-BR,pt;q=0.9,en;q=0.8', 'done')).toContain('Você pode fechar esta aba');
    expect(signInBackPage('es-MX,es;q=0.9', 'done')).toContain('Puede cerrar esta pestaña');
    expect(signInBackPage('pt-BR', 'done')).toContain('<html lang="pt-BR">');
  });

  it('falls back to English for a language the product does not speak, or no header', () => {
    expect(signInBackPage('fr-FR,fr;q=0.9', 'done')).toContain('You can close this tab and go back to Flowpack Studio.');
    expect(signInBackPage(undefined, 'done')).toContain('<html lang="en">');
  });

  it('says when the sign-in did not complete, so the person looks at the app for why', () => {
    expect(signInBackPage('en', 'failed')).toContain('The sign-in did not complete.');
    expect(signInBackPage('en', 'failed')).not.toContain('Signed in.');
  });
});
