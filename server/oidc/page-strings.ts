import type { TokenScope } from '../../shared/tenant-api/scopes';

/** The languages the sign-in, consent and device pages speak; English when the browser asks for none of them. */
export const PAGE_LANGUAGES = ['en', 'es', 'pt-BR'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** What a person is asked to allow: the tenant API's scopes and the OpenID Connect ones the clients request. */
export type ConsentScope = TokenScope | 'openid' | 'offline_access' | 'email' | 'profile';

interface PageStrings {
  signInTitle: string;
  signInIntro: (client: string) => string;
  email: string;
  password: string;
  tenant: string;
  chooseTenant: string;
  signIn: string;
  wrongCredentials: string;
  tooManyAttempts: (seconds: number) => string;
  consentTitle: string;
  consentIntro: (client: string, person: string, tenant: string) => string;
  allow: string;
  deny: string;
  scopes: Record<ConsentScope, string>;
  deviceTitle: string;
  deviceIntro: string;
  deviceCode: string;
  deviceWrongCode: string;
  deviceInterrupted: string;
  deviceFailed: string;
  continue: string;
  deviceConfirmTitle: string;
  deviceConfirmIntro: (client: string) => string;
  deviceAbort: string;
  deviceDoneTitle: string;
  deviceDone: (client: string) => string;
  errorTitle: string;
  errorIntro: string;
}

/** Every text of the tenant's sign-in pages, per language: the one table to translate. */
export const PAGE_STRINGS: Record<PageLanguage, PageStrings> = {
  en: {
    signInTitle: 'Sign in',
    signInIntro: (client) => `Sign in to continue to ${client}.`,
    email: 'E-mail address',
    password: 'Password',
    tenant: 'Tenant',
    chooseTenant: 'This address belongs to more than one tenant. Choose one and enter your password again.',
    signIn: 'Sign in',
    wrongCredentials: 'The e-mail address or the password is wrong.',
    tooManyAttempts: (seconds) => `Too many sign-in attempts. Try again in ${seconds} seconds.`,
    consentTitle: 'Allow access',
    consentIntro: (client, person, tenant) => `${client} asks to act as ${person} on the tenant ${tenant}. It will be able to:`,
    allow: 'Allow',
    deny: 'Deny',
    scopes: {
      openid: 'Know who you are',
      offline_access: 'Stay signed in until you sign out',
      email: 'See your e-mail address',
      profile: 'See your name',
      'flows:read': 'Read flows and the catalog',
      'flows:write': 'Create and change flows',
      'flows:publish': 'Put flows live and take them down',
      'catalog:write': 'Add tags and custom fields to the catalog',
      'events:write': 'Send events that start and resume flows',
      'feed:publish': 'Publish to the client feed',
    },
    deviceTitle: 'Sign in a device',
    deviceIntro: 'Enter the code your terminal shows.',
    deviceCode: 'Code',
    deviceWrongCode: 'That code is wrong or has expired. Try again.',
    deviceInterrupted: 'The sign-in was interrupted.',
    deviceFailed: 'The sign-in could not be completed.',
    continue: 'Continue',
    deviceConfirmTitle: 'Confirm the device',
    deviceConfirmIntro: (client) => `${client} on your device shows this code. Continue only if it does and you started this sign-in.`,
    deviceAbort: 'Cancel',
    deviceDoneTitle: 'Signed in',
    deviceDone: (client) => `${client} is signed in. You can close this page.`,
    errorTitle: 'Sign-in failed',
    errorIntro: 'The sign-in request could not be completed:',
  },
  es: {
    signInTitle: 'Iniciar sesión',
    signInIntro: (client) => `Inicia sesión para continuar en ${client}.`,
    email: 'Correo electrónico',
    password: 'Contraseña',
    tenant: 'Tenant',
    chooseTenant: 'Esta dirección pertenece a más de un tenant. Elige uno y vuelve a escribir tu contraseña.',
    signIn: 'Iniciar sesión',
    wrongCredentials: 'El correo electrónico o la contraseña no son correctos.',
    tooManyAttempts: (seconds) => `Demasiados intentos de inicio de sesión. Vuelve a intentarlo en ${seconds} segundos.`,
    consentTitle: 'Permitir acceso',
    consentIntro: (client, person, tenant) => `${client} pide actuar como ${person} en el tenant ${tenant}. Podrá:`,
    allow: 'Permitir',
    deny: 'Denegar',
    scopes: {
      openid: 'Saber quién eres',
      offline_access: 'Mantener la sesión iniciada hasta que la cierres',
      email: 'Ver tu correo electrónico',
      profile: 'Ver tu nombre',
      'flows:read': 'Leer los flujos y el catálogo',
      'flows:write': 'Crear y cambiar flujos',
      'flows:publish': 'Poner flujos en producción y retirarlos',
      'catalog:write': 'Añadir etiquetas y campos personalizados al catálogo',
      'events:write': 'Enviar eventos que inician y reanudan flujos',
      'feed:publish': 'Publicar en el feed de clientes',
    },
    deviceTitle: 'Iniciar sesión en un dispositivo',
    deviceIntro: 'Escribe el código que muestra tu terminal.',
    deviceCode: 'Código',
    deviceWrongCode: 'El código no es correcto o ha caducado. Inténtalo de nuevo.',
    deviceInterrupted: 'Se interrumpió el inicio de sesión.',
    deviceFailed: 'No se pudo completar el inicio de sesión.',
    continue: 'Continuar',
    deviceConfirmTitle: 'Confirma el dispositivo',
    deviceConfirmIntro: (client) => `${client} muestra este código en tu dispositivo. Continúa solo si es así y fuiste tú quien inició esta sesión.`,
    deviceAbort: 'Cancelar',
    deviceDoneTitle: 'Sesión iniciada',
    deviceDone: (client) => `${client} ha iniciado sesión. Puedes cerrar esta página.`,
    errorTitle: 'No se pudo iniciar sesión',
    errorIntro: 'No se pudo completar la solicitud de inicio de sesión:',
  },
  'pt-BR': {
    signInTitle: 'Entrar',
    signInIntro: (client) => `Entre para continuar no ${client}.`,
    email: 'Endereço de e-mail',
    password: 'Senha',
    tenant: 'Tenant',
    chooseTenant: 'Este endereço pertence a mais de um tenant. Escolha um e digite sua senha de novo.',
    signIn: 'Entrar',
    wrongCredentials: 'O endereço de e-mail ou a senha estão errados.',
    tooManyAttempts: (seconds) => `Tentativas de entrar demais. Tente de novo em ${seconds} segundos.`,
    consentTitle: 'Permitir acesso',
    consentIntro: (client, person, tenant) => `${client} pede para agir como ${person} no tenant ${tenant}. Ele poderá:`,
    allow: 'Permitir',
    deny: 'Negar',
    scopes: {
      openid: 'Saber quem você é',
      offline_access: 'Manter você conectado até você sair',
      email: 'Ver seu endereço de e-mail',
      profile: 'Ver seu nome',
      'flows:read': 'Ler os fluxos e o catálogo',
      'flows:write': 'Criar e alterar fluxos',
      'flows:publish': 'Colocar fluxos no ar e retirá-los',
      'catalog:write': 'Adicionar tags e campos personalizados ao catálogo',
      'events:write': 'Enviar eventos que iniciam e retomam fluxos',
      'feed:publish': 'Publicar no feed de clientes',
    },
    deviceTitle: 'Conectar um dispositivo',
    deviceIntro: 'Digite o código que o seu terminal mostra.',
    deviceCode: 'Código',
    deviceWrongCode: 'Esse código está errado ou expirou. Tente de novo.',
    deviceInterrupted: 'A entrada foi interrompida.',
    deviceFailed: 'Não foi possível concluir a entrada.',
    continue: 'Continuar',
    deviceConfirmTitle: 'Confirme o dispositivo',
    deviceConfirmIntro: (client) => `${client} mostra este código no seu dispositivo. Continue só se for o caso e se foi você quem começou esta entrada.`,
    deviceAbort: 'Cancelar',
    deviceDoneTitle: 'Conectado',
    deviceDone: (client) => `${client} está conectado. Você pode fechar esta página.`,
    errorTitle: 'Não foi possível entrar',
    errorIntro: 'Não foi possível concluir o pedido de entrada:',
  },
};

/**
 * The page language for an Accept-Language header: the first listed (by q) that we speak,
 * exactly or by its primary subtag (`pt` and `pt-PT` read Brazilian Portuguese, the one we have).
 */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.tag !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = PAGE_LANGUAGES.find((language) => language.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split('-')[0];
    const byPrimary = PAGE_LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (byPrimary) return byPrimary;
  }
  return 'en';
}
