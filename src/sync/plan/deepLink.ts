/**
 * Links back from an event or a task to the entry in the tab. The key is carried as the
 * Teams `subEntityId` (TeamsJS reads it as `context.page.subPageId`), so the tab can open the
 * entry; outside Teams the same key is read from the `deadline` query parameter.
 */
import type { Deadline } from '../../domain/model/entry';

export type LinkFor = (deadline: Deadline) => string;

/** `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"<key>"}` */
export function teamsTabLink(appId: string, entityId: string): LinkFor {
  return (deadline) =>
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}` +
    `?context=${encodeURIComponent(JSON.stringify({ subEntityId: deadline.key }))}`;
}

/** A link to the web build of the app (plain browser, Outlook task pane). */
export function webAppLink(baseUrl: string): LinkFor {
  return (deadline) => {
    const url = new URL(baseUrl);
    url.searchParams.set('deadline', deadline.key);
    return url.toString();
  };
}
