import { lazy } from 'react';
import type { ComponentType } from 'react';

/** How to try again each component whose last load failed. */
const failedLoads = new Set<() => void>();

/**
 * The address of the module a failed dynamic import names (Chromium, and so Electron, says
 * "Failed to fetch dynamically imported module: <url>", the desktop app's at app://), or
 * undefined where it names none.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const match = /([a-z][a-z\d+.-]*:\/\/\S+?\.m?js)(?:\?\S*)?\s*$/i.exec(error instanceof Error ? error.message : '');
  return match?.[1];
}

let retries = 0;

/**
 * A component loaded from its own chunk the first time it is drawn, so a part of the editor
 * not used yet costs no compiled code or module state (the editor's heap at first
 * open). Draw it inside `<Suspense>`; a failed load throws to the nearest error boundary (see
 * FailureBoundary), which calls {@link retryFailedLoads} so the next attempt loads it afresh
 * where `React.lazy` alone would keep the failure for the rest of the session.
 *
 * @remarks
 * The browser keeps a failed module's failure under its address for the page's life (Chromium
 * does), so the next attempt asks for the same chunk at an address of its own (`?retry=n`).
 *
 * @example
 * const TenantsDialog = lazyComponent(() => import('../tenants/TenantsDialog'), (m) => m.TenantsDialog);
 */
export function lazyComponent<Module, Props extends object>(load: () => Promise<Module>, pick: (module: Module) => ComponentType<Props>): ComponentType<Props> {
  const attempt = (importModule: () => Promise<Module>) => async (): Promise<{ default: ComponentType<Props> }> => {
    try {
      return { default: pick(await importModule()) };
    } catch (error) {
      const url = failedModuleUrl(error);
      const again = url === undefined ? load : () => import(/* @vite-ignore */ `${url}?retry=${(retries += 1)}`) as Promise<Module>;
      failedLoads.add(() => {
        current = lazy(attempt(again));
      });
      throw error;
    }
  };
  let current = lazy(attempt(load));
  return function LazyComponent(props: Props) {
    const Loaded = current;
    return <Loaded {...props} />;
  };
}

/**
 * Lets every component whose load failed be loaded again the next time it is drawn. Called
 * once the failure has reached an error boundary: resetting earlier would have React retry
 * the load in a loop while it is still rendering the failed attempt.
 */
export function retryFailedLoads(): void {
  for (const reset of failedLoads) reset();
  failedLoads.clear();
}
