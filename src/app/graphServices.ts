/**
 * Composition of Graph for the push dialog: the token provider and the Graph client. Imported
 * only by `pushSlot.tsx` when the dialog opens, so sign-in and Graph code stay in a lazy chunk.
 * Demo (npm start): tokens from the Graph simulator; otherwise MSAL with the app registration.
 */
import { createGraph, type Graph } from '../sync/gateway/graphClient';
import { CalendarSync } from '../sync/CalendarSync';
import { PlannerSync } from '../sync/PlannerSync';
import { DemoTokenProvider } from '../hosts/auth/demoProvider';
import { createMsalTokenProvider, readHostIdentity } from '../hosts/auth/msalProvider';
import { AuthError, type TokenProvider } from '../hosts/auth/tokenProvider';
import type { HostAdapter } from '../hosts/HostAdapter';

export interface GraphServices {
  readonly graph: Graph;
  readonly calendar: CalendarSync;
  readonly planner: PlannerSync;
  /** The team's group, when known (Teams context, or the demo group). */
  readonly groupId: string | undefined;
}

let cached: Promise<GraphServices> | undefined;

async function tokenProvider(host: HostAdapter): Promise<TokenProvider> {
  const simulatorUrl = import.meta.env['VITE_GRAPH_SIMULATOR_URL'] as string | undefined;
  if (simulatorUrl) return new DemoTokenProvider({ simulatorUrl });
  const clientId = import.meta.env['VITE_ENTRA_CLIENT_ID'] as string | undefined;
  if (!clientId) throw new AuthError('unknown', 'VITE_ENTRA_CLIENT_ID is not set');
  // The Outlook add-in knows its user from Office.js (and Office installs the NAA bridge);
  // everywhere else TeamsJS tells, or the page is a plain browser.
  return createMsalTokenProvider({ clientId }, host.signInIdentity ?? (await readHostIdentity()));
}

/** Builds the services once per page; a failed build is forgotten so a retry can succeed. */
export function graphServices(host: HostAdapter): Promise<GraphServices> {
  cached ??= (async () => {
    // The simulator publishes `<origin>/v1.0`; createGraph wants the origin and adds the version.
    const baseUrl = (import.meta.env['VITE_GRAPH_BASE_URL'] as string | undefined)?.replace(/\/(v1\.0|beta)\/*$/, '');
    const graph = createGraph({ tokenProvider: await tokenProvider(host), ...(baseUrl ? { baseUrl } : {}) });
    const fromHost = host.context.groupId;
    const groupId = fromHost ?? (import.meta.env['VITE_DEMO_GROUP_ID'] as string | undefined);
    return { graph, calendar: new CalendarSync(graph), planner: new PlannerSync(graph), groupId };
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
