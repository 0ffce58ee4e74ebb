import type { Locale } from '../../../shared/locales/locales';
import { hostClient } from '../host/host-client';
import type { HostClient } from '../host/host-client';

/** The templates a new flow starts from: the built-in ones and those the user saved (kept in the app's data folder). */
export function createTemplateActions(client: HostClient) {
  return {
    /** Built-in templates in `locale`, so a flow made from one has its names and messages in the UI's language. */
    listTemplates: (locale: Locale) => client.call('templates:list', { locale }),
    saveTemplate: (name: string, text: string) => client.call('templates:save', { name, text }),
  };
}

/** The template actions over the application's host client. */
export const templateActions = createTemplateActions(hostClient);
