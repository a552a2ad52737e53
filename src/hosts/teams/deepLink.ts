/**
 * Teams deep links to an entry of the tab. The key travels as `subEntityId` in the `context`
 * JSON; TeamsJS hands it to the tab as `context.page.subPageId`. In a channel tab the channel
 * id goes along, so Teams opens the tab in that channel.
 *
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"<key>","channelId":"<id>"}`
 */
export function teamsDeepLink(appId: string, entityId: string, subEntityId: string, channelId?: string): string {
  const context = JSON.stringify(channelId ? { subEntityId, channelId } : { subEntityId });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${encodeURIComponent(entityId)}?context=${encodeURIComponent(context)}`;
}
