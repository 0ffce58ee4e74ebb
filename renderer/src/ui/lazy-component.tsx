import { lazy } from 'react';
import type { ComponentType } from 'react';

/** How to try again each component whose last load failed. */
const failedLoads = new Set<() => void>();

/**
 * A component loaded from its own chunk the first time it is drawn, so a part of the editor
 * not used yet costs no compiled code or module state (the editor's heap at first
 * open). Draw it inside `<Suspense>`; a failed load throws to the nearest error boundary (see
 * FailureBoundary), which calls {@link retryFailedLoads} so the next attempt loads it afresh
 * where `React.lazy` alone would keep the failure for the rest of the session.
 *
 * @example
 * const TenantsDialog = lazyComponent(() => import('../tenants/TenantsDialog').then((m) => m.TenantsDialog));
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const attempt = async (): Promise<{ default: ComponentType<Props> }> => {
    try {
      return { default: await load() };
    } catch (error) {
      failedLoads.add(() => {
        current = lazy(attempt);
      });
      throw error;
    }
  };
  let current = lazy(attempt);
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
