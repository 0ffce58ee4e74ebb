import { localeForAcceptLanguage } from '../../shared/locales/accept-language';
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
  invitationTitle: string;
  invitationIntro: (email: string, tenant: string) => string;
  newPassword: string;
  repeatPassword: string;
  passwordRule: (min: number, max: number) => string;
  setPassword: string;
  passwordsDiffer: string;
  passwordTooShort: (length: number, min: number) => string;
  passwordTooLong: (length: number, max: number) => string;
  passwordSetTitle: string;
  passwordSet: (email: string, tenant: string) => string;
  invitationClosedTitle: string;
  invitationUsed: string;
  invitationExpired: (date: string) => string;
  invitationUnknown: string;
  tooManyInvitationAttempts: (seconds: number) => string;
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
    invitationTitle: 'Choose your password',
    invitationIntro: (email, tenant) => `You are invited to the tenant ${tenant} as ${email}. Choose the password you will sign in with.`,
    newPassword: 'New password',
    repeatPassword: 'Repeat the password',
    passwordRule: (min, max) => `From ${min} to ${max} characters.`,
    setPassword: 'Set password',
    passwordsDiffer: 'The two passwords differ. Type the same password twice.',
    passwordTooShort: (length, min) => `The password is ${length} characters long; use at least ${min}.`,
    passwordTooLong: (length, max) => `The password is ${length} characters long; at most ${max} are allowed.`,
    passwordSetTitle: 'Your password is set',
    passwordSet: (email, tenant) => `Sign in to ${tenant} with ${email} and this password, from Flowpack Studio or the flowpack command.`,
    invitationClosedTitle: 'This invitation link does not work',
    invitationUsed: 'It has already been used: sign in with the password chosen then, or ask an administrator of the tenant for a new invitation.',
    invitationExpired: (date) => `It expired on ${date}. Ask an administrator of the tenant for a new invitation.`,
    invitationUnknown: 'It is not a link this tenant made, or it was withdrawn. Check that you copied the whole link, or ask an administrator of the tenant for a new invitation.',
    tooManyInvitationAttempts: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
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
    invitationTitle: 'Elija su contraseña',
    invitationIntro: (email, tenant) => `Le invitaron al tenant ${tenant} como ${email}. Elija la contraseña con la que iniciará sesión.`,
    newPassword: 'Contraseña nueva',
    repeatPassword: 'Repita la contraseña',
    passwordRule: (min, max) => `De ${min} a ${max} caracteres.`,
    setPassword: 'Guardar la contraseña',
    passwordsDiffer: 'Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.',
    passwordTooShort: (length, min) => `La contraseña tiene ${length} caracteres; use al menos ${min}.`,
    passwordTooLong: (length, max) => `La contraseña tiene ${length} caracteres; se permiten como máximo ${max}.`,
    passwordSetTitle: 'Su contraseña está guardada',
    passwordSet: (email, tenant) => `Inicie sesión en ${tenant} con ${email} y esta contraseña, desde Flowpack Studio o el comando flowpack.`,
    invitationClosedTitle: 'Este enlace de invitación no funciona',
    invitationUsed: 'Ya se usó: inicie sesión con la contraseña que eligió entonces, o pida una invitación nueva a un administrador del tenant.',
    invitationExpired: (date) => `Caducó el ${date}. Pida una invitación nueva a un administrador del tenant.`,
    invitationUnknown: 'No es un enlace de este tenant, o se retiró. Compruebe que copió el enlace completo, o pida una invitación nueva a un administrador del tenant.',
    tooManyInvitationAttempts: (seconds) => `Demasiados intentos. Vuelva a intentarlo en ${seconds} segundos.`,
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
    invitationTitle: 'Escolha sua senha',
    invitationIntro: (email, tenant) => `Você foi convidado para o tenant ${tenant} como ${email}. Escolha a senha com que vai entrar.`,
    newPassword: 'Nova senha',
    repeatPassword: 'Repita a senha',
    passwordRule: (min, max) => `De ${min} a ${max} caracteres.`,
    setPassword: 'Salvar a senha',
    passwordsDiffer: 'As duas senhas são diferentes. Digite a mesma senha duas vezes.',
    passwordTooShort: (length, min) => `A senha tem ${length} caracteres; use pelo menos ${min}.`,
    passwordTooLong: (length, max) => `A senha tem ${length} caracteres; no máximo ${max} são permitidos.`,
    passwordSetTitle: 'Sua senha foi salva',
    passwordSet: (email, tenant) => `Entre em ${tenant} com ${email} e esta senha, pelo Flowpack Studio ou pelo comando flowpack.`,
    invitationClosedTitle: 'Este link de convite não funciona',
    invitationUsed: 'Ele já foi usado: entre com a senha escolhida na ocasião, ou peça um novo convite a um administrador do tenant.',
    invitationExpired: (date) => `Ele expirou em ${date}. Peça um novo convite a um administrador do tenant.`,
    invitationUnknown: 'Não é um link deste tenant, ou foi retirado. Confira se copiou o link inteiro, ou peça um novo convite a um administrador do tenant.',
    tooManyInvitationAttempts: (seconds) => `Tentativas demais. Tente de novo em ${seconds} segundos.`,
  },
};

/** The page language for an Accept-Language header: the product's rule for pages a browser asks for. */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  return localeForAcceptLanguage(acceptLanguage);
}
