import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CALENDAR_IDS, DEMO_GROUP_ID } from './seed.js';
import { allDay, caller, q, startTestSimulator, TAG_ID, type Caller } from './testkit.js';
import type { RunningSimulator } from './types.js';

let sim: RunningSimulator;
let call: Caller;
beforeAll(async () => {
  sim = await startTestSimulator();
  call = caller(sim);
});
afterAll(() => sim.close());

const timed = (subject: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  subject,
  start: { dateTime: '2026-10-01T10:00:00', timeZone: 'W. Europe Standard Time' },
  end: { dateTime: '2026-10-01T11:30:00', timeZone: 'W. Europe Standard Time' },
  ...extra,
});

describe('event create defaults (§C2, §I.4)', () => {
  it('POST answers 201 with Graph defaults, UTC times with 7 digits and a wrapped lower-case html body', async () => {
    const r = await call('POST', '/me/events', timed('Inntak', { body: { contentType: 'HTML', content: '<p>Frist</p>' } }));
    expect(r.status).toBe(201);
    const e = r.body;
    expect(e).toMatchObject({
      isReminderOn: true, reminderMinutesBeforeStart: 15, showAs: 'busy', type: 'singleInstance', isAllDay: false,
      categories: [], originalStartTimeZone: 'W. Europe Standard Time',
    });
    expect(e.body.contentType).toBe('html');
    expect(e.body.content).toMatch(/^<html><head>[\s\S]*<\/head>\r\n<body>\r\n<p>Frist<\/p>\r\n<\/body>\r\n<\/html>/);
    // 10:00 in Oslo/Berlin on 1 October is CEST (UTC+2).
    expect(e.start).toEqual({ dateTime: '2026-10-01T08:00:00.0000000', timeZone: 'UTC' });
    expect(e.end).toEqual({ dateTime: '2026-10-01T09:30:00.0000000', timeZone: 'UTC' });
    expect(e['@odata.etag']).toBe(`W/"${e.changeKey}"`);
    expect(e.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(e.webLink).toContain(encodeURIComponent(e.id));
    expect(e.createdDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
    expect(e.lastModifiedDateTime).toBe(e.createdDateTime);
    expect('transactionId' in e).toBe(false);
  });

  it('Prefer: outlook.timezone converts timed events and is echoed in Preference-Applied', async () => {
    const r = await call('POST', '/me/events', timed('Møte'), { Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    expect(r.body.start).toEqual({ dateTime: '2026-10-01T10:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(r.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    const inTokyo = await call('GET', `/me/events/${q(r.body.id)}`, undefined, { Prefer: 'outlook.timezone="Tokyo Standard Time"' });
    expect(inTokyo.body.start.dateTime).toBe('2026-10-01T17:00:00.0000000');
  });

  it('all-day events stay midnight-to-midnight in any requested zone (only the label follows the zone)', async () => {
    const r = await call('POST', '/me/events', { subject: 'Skolestart', ...allDay('2026-08-17', '2026-08-18') }, { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(r.status).toBe(201);
    expect(r.body.start).toEqual({ dateTime: '2026-08-17T00:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(r.body.end).toEqual({ dateTime: '2026-08-18T00:00:00.0000000', timeZone: 'Pacific Standard Time' });
    const plain = await call('GET', `/me/events/${q(r.body.id)}`);
    expect(plain.body.start).toEqual({ dateTime: '2026-08-17T00:00:00.0000000', timeZone: 'UTC' });
  });

  it('subject over 255 characters is truncated to 255 with an ellipsis [unverified: reject or truncate]', async () => {
    const r = await call('POST', '/me/events', timed('x'.repeat(300)));
    expect(r.status).toBe(201);
    expect(r.body.subject).toHaveLength(255);
    expect(r.body.subject.endsWith('…')).toBe(true);
  });

  it('an unknown property is 400 RequestBodyRead', async () => {
    const r = await call('POST', '/me/events', timed('x', { subjet: 'typo' }));
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('RequestBodyRead');
    expect(r.body.error.message).toContain("'subjet'");
  });
});

describe('all-day validation (§C3)', () => {
  const MIN = "Your request can't be completed. The duration of an event marked as All day must be at least 24 hours.";
  const cases: Array<[string, Record<string, unknown>, number, string | null]> = [
    ['one day, midnight to next midnight', allDay('2026-10-01', '2026-10-02'), 201, null],
    ['three days', allDay('2026-10-01', '2026-10-04'), 201, null],
    ['over the DST change (23 h wall clock)', allDay('2026-10-25', '2026-10-26'), 201, null],
    ['same start and end', allDay('2026-10-01', '2026-10-01'), 400, MIN],
    ['end before start', allDay('2026-10-02', '2026-10-01'), 400, MIN],
    ['start not at midnight', { isAllDay: true, start: { dateTime: '2026-10-01T08:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-10-02T00:00:00', timeZone: 'UTC' } }, 400, 'midnight'],
    ['end not at midnight', { isAllDay: true, start: { dateTime: '2026-10-01T00:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-10-01T23:59:59', timeZone: 'UTC' } }, 400, 'midnight'],
    ['start and end in different zones', { isAllDay: true, start: { dateTime: '2026-10-01T00:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-10-02T00:00:00', timeZone: 'W. Europe Standard Time' } }, 400, 'same time zone'],
  ];
  it.each(cases)('%s → %i', async (_name, times, status, message) => {
    const r = await call('POST', '/me/events', { subject: 'Frist', ...times });
    expect(r.status).toBe(status);
    if (message !== null) {
      expect(r.body.error.code).toBe('ErrorInvalidRequest');
      expect(r.body.error.message).toContain(message);
    }
  });

  it('the rule also applies to PATCH (turning a timed event into a non-midnight all-day event fails)', async () => {
    const created = await call('POST', '/me/events', timed('Møte'));
    const r = await call('PATCH', `/me/events/${q(created.body.id)}`, { isAllDay: true });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ErrorInvalidRequest');
  });
});

describe('time zone names (§C2)', () => {
  const zones: Array<[string, number]> = [
    ['W. Europe Standard Time', 201],
    ['UTC', 201],
    ['Europe/Berlin', 201],
    // [unverified] Europe/Oslo is not in Graph's documented IANA list; the simulator rejects it.
    ['Europe/Oslo', 400],
    ['Mars/Olympus_Mons', 400],
  ];
  it.each(zones)('%s → %i (Europe/Oslo rejected [unverified])', async (zone, status) => {
    const r = await call('POST', '/me/events', { subject: zone, ...allDay('2026-11-02', '2026-11-03', zone) });
    expect(r.status).toBe(status);
    if (status === 400) expect(r.body.error.code).toBe('TimeZoneNotSupportedException');
  });
});

describe('update and delete (§C1, §I.2)', () => {
  it('PATCH answers 200 with the event, a new changeKey/etag and a later lastModifiedDateTime', async () => {
    const created = (await call('POST', '/me/events', timed('Før'))).body;
    await new Promise((r) => setTimeout(r, 5));
    const r = await call('PATCH', `/me/events/${q(created.id)}`, { subject: 'Etter' });
    expect(r.status).toBe(200);
    expect(r.body.subject).toBe('Etter');
    expect(r.body.changeKey).not.toBe(created.changeKey);
    expect(r.body['@odata.etag']).not.toBe(created['@odata.etag']);
    expect(r.body.lastModifiedDateTime > created.lastModifiedDateTime).toBe(true);
    const again = await call('PATCH', `/me/events/${q(created.id)}`, { subject: 'Etter' });
    expect(again.body.changeKey).not.toBe(r.body.changeKey);
  });

  it('PATCH with a stale If-Match etag is 412 ErrorIrresolvableConflict', async () => {
    const created = (await call('POST', '/me/events', timed('Etag'))).body;
    await call('PATCH', `/me/events/${q(created.id)}`, { subject: 'ny' });
    const r = await call('PATCH', `/me/events/${q(created.id)}`, { subject: 'gammel' }, { 'If-Match': created['@odata.etag'] });
    expect(r.status).toBe(412);
    expect(r.body.error.code).toBe('ErrorIrresolvableConflict');
  });

  it('DELETE answers 204 with no body, and the event is then 404 ErrorItemNotFound', async () => {
    const created = (await call('POST', '/me/events', timed('Slett'))).body;
    const r = await call('DELETE', `/me/events/${q(created.id)}`);
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    const gone = await call('GET', `/me/events/${q(created.id)}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' });
  });

  it.each(['GET', 'PATCH', 'DELETE'])('%s on an unknown id is 404 ErrorItemNotFound', async (method) => {
    const r = await call(method, `/me/events/${q('AAMkAGnotthere=')}`, method === 'PATCH' ? { subject: 'x' } : undefined);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ErrorItemNotFound');
  });
});

describe('calendars', () => {
  it('lists the default calendar "Kalender" and "Årshjul VIGO"; /me/events covers the default calendar only', async () => {
    const cals = await call('GET', '/me/calendars?$select=name,isDefaultCalendar');
    expect(cals.body.value.map((c: { name: string }) => c.name)).toEqual(['Kalender', 'Årshjul VIGO']);
    const inSecond = await call('POST', `/me/calendars/${q(DEMO_CALENDAR_IDS.kariArshjul)}/events`, { subject: 'I årshjulet', ...allDay('2026-12-01', '2026-12-02') });
    expect(inSecond.status).toBe(201);
    const listSecond = await call('GET', `/me/calendars/${q(DEMO_CALENDAR_IDS.kariArshjul)}/events?$top=100`);
    expect(listSecond.body.value.map((e: { id: string }) => e.id)).toContain(inSecond.body.id);
    const listDefault = await call('GET', '/me/calendar/events?$top=1000');
    expect(listDefault.body.value.map((e: { id: string }) => e.id)).not.toContain(inSecond.body.id);
    // Reachable by id through /me/events, but not through another calendar's path.
    expect((await call('GET', `/me/events/${q(inSecond.body.id)}`)).status).toBe(200);
    expect((await call('GET', `/me/calendar/events/${q(inSecond.body.id)}`)).status).toBe(200);
    expect((await call('GET', `/me/calendars/${q(DEMO_CALENDAR_IDS.kariDefault)}/events/${q(inSecond.body.id)}`)).status).toBe(404);
  });

  it('group calendar events get no reminder', async () => {
    const r = await call('POST', `/groups/${DEMO_GROUP_ID}/calendar/events`, { subject: 'Felles frist', isReminderOn: true, ...allDay('2026-09-15', '2026-09-16') });
    expect(r.status).toBe(201);
    expect(r.body.isReminderOn).toBe(false);
    const listed = await call('GET', `/groups/${DEMO_GROUP_ID}/events?$filter=${q("subject eq 'Felles frist'")}`);
    expect(listed.body.value).toHaveLength(1);
  });
});

describe('extended properties (§C6)', () => {
  let id = '';
  beforeAll(async () => {
    const r = await call('POST', '/me/events', { subject: 'Tagget', ...allDay('2027-01-04', '2027-01-05'), singleValueExtendedProperties: [{ id: TAG_ID, value: 'Vestland:ABC-1' }] });
    id = r.body.id;
    expect(r.status).toBe(201);
    expect(r.body.singleValueExtendedProperties).toBeUndefined();
  });

  const filterFor = (propertyId: string, valueExpr: string): string =>
    `/me/events?$filter=${q(`singleValueExtendedProperties/Any(ep: ep/id eq '${propertyId}' and ${valueExpr})`)}`;

  it('PATCH that writes a property does not echo it either', async () => {
    const r = await call('PATCH', `/me/events/${q(id)}`, { singleValueExtendedProperties: [{ id: 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Hash', value: 'h1' }] });
    expect(r.status).toBe(200);
    expect(r.body.singleValueExtendedProperties).toBeUndefined();
  });

  it('$expand with the id filter returns the property', async () => {
    const r = await call('GET', `/me/events/${q(id)}?$expand=${q(`singleValueExtendedProperties($filter=id eq '${TAG_ID}')`)}`);
    expect(r.body.singleValueExtendedProperties).toEqual([{ id: TAG_ID, value: 'Vestland:ABC-1' }]);
    const plain = await call('GET', `/me/events/${q(id)}`);
    expect(plain.body.singleValueExtendedProperties).toBeUndefined();
  });

  const cases: Array<[string, string, string, boolean]> = [
    ['exact value', TAG_ID, "ep/value eq 'Vestland:ABC-1'", true],
    ['value in another case (case-insensitive)', TAG_ID, "ep/value eq 'vestland:abc-1'", true],
    ['name in another case (case-sensitive)', TAG_ID.replace('SyncKey', 'synckey'), "ep/value eq 'Vestland:ABC-1'", false],
    ['GUID in upper case (case-insensitive)', TAG_ID.replace('66f5a359', '66F5A359'), "ep/value eq 'Vestland:ABC-1'", true],
    ['startswith', TAG_ID, "startswith(ep/value,'vestland:')", true],
    ['contains', TAG_ID, "contains(ep/value,'ABC')", true],
    ['ne', TAG_ID, "ep/value ne 'Vestland:ABC-1'", false],
    ['other value', TAG_ID, "ep/value eq 'Vestland:XYZ'", false],
  ];
  it.each(cases)('$filter Any(): %s', async (_name, propertyId, valueExpr, found) => {
    const r = await call('GET', `${filterFor(propertyId, valueExpr)}&$top=100`);
    expect(r.status).toBe(200);
    expect(r.body.value.some((e: { id: string }) => e.id === id)).toBe(found);
  });

  it('filter results carry the property only with $expand, and $select keeps it', async () => {
    const base = filterFor(TAG_ID, "ep/value eq 'Vestland:ABC-1'");
    const r = await call('GET', `${base}&$select=subject&$expand=${q(`singleValueExtendedProperties($filter=id eq '${TAG_ID}')`)}`);
    expect(r.body.value[0]).toEqual({
      '@odata.etag': expect.any(String), id, subject: 'Tagget', singleValueExtendedProperties: [{ id: TAG_ID, value: 'Vestland:ABC-1' }],
    });
  });

  it('an unsupported $filter is 400, not silently ignored', async () => {
    const r = await call('GET', `/me/events?$filter=${q("categories/any(c: c eq 'x')")}`);
    expect(r.status).toBe(400);
  });
});

describe('transactionId (§C5)', () => {
  it('a second POST with the same transactionId returns the first event (201 [unverified]) and creates nothing', async () => {
    const body = { ...timed('Idempotent'), transactionId: 'b8a8f7e2-1111-4c1c-9a55-3f6e1a2b3c4d' };
    const first = await call('POST', '/me/events', body);
    const before = Object.keys(sim.state.data.events).length;
    const second = await call('POST', '/me/events', { ...body, subject: 'Retry' });
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.subject).toBe('Idempotent');
    expect(second.body.transactionId).toBe(body.transactionId);
    expect(Object.keys(sim.state.data.events).length).toBe(before);
  });

  it('the same transactionId in another mailbox (the group) creates a separate event', async () => {
    const body = { ...allDay('2026-10-05', '2026-10-06'), subject: 'Per postboks', transactionId: 'tx-mailbox-scope' };
    const mine = await call('POST', '/me/events', body);
    const group = await call('POST', `/groups/${DEMO_GROUP_ID}/events`, body);
    expect(group.status).toBe(201);
    expect(group.body.id).not.toBe(mine.body.id);
  });

  it('PATCH that changes transactionId is 400; sending the same value is fine', async () => {
    const created = (await call('POST', '/me/events', { ...timed('Tx'), transactionId: 'tx-immutable' })).body;
    const changed = await call('PATCH', `/me/events/${q(created.id)}`, { transactionId: 'tx-other' });
    expect(changed.status).toBe(400);
    const same = await call('PATCH', `/me/events/${q(created.id)}`, { transactionId: 'tx-immutable', subject: 'Tx2' });
    expect(same.status).toBe(200);
  });
});

describe('paging (§I.1)', () => {
  it('lists 10 per page by default with @odata.nextLink, and $top pages too', async () => {
    const fresh = await startTestSimulator();
    try {
      const c = caller(fresh);
      for (let i = 0; i < 12; i++) await c('POST', '/me/events', { subject: `E${i}`, ...allDay('2026-10-01', '2026-10-02') });
      const first = await c('GET', '/me/events');
      expect(first.body.value).toHaveLength(10);
      expect(first.body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/me\/events\?%24skip=10$/);
      const second = await c('GET', first.body['@odata.nextLink']);
      expect(second.body.value).toHaveLength(2);
      expect(second.body['@odata.nextLink']).toBeUndefined();
      const seen = [...first.body.value, ...second.body.value].map((e: { subject: string }) => e.subject);
      expect(new Set(seen).size).toBe(12);
      const top5 = await c('GET', '/me/events?$top=5&$select=subject');
      expect(top5.body.value).toHaveLength(5);
      const next = await c('GET', top5.body['@odata.nextLink']);
      expect(next.body.value).toHaveLength(5);
      expect(Object.keys(next.body.value[0]).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    } finally {
      await fresh.close();
    }
  });
});

describe('master categories', () => {
  it('creates and lists categories; a duplicate name is 409 [unverified code]', async () => {
    const created = await call('POST', '/me/outlook/masterCategories', { displayName: 'VIGO: inntak', color: 'preset4' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: 'VIGO: inntak', color: 'preset4' });
    const dup = await call('POST', '/me/outlook/masterCategories', { displayName: 'vigo: INNTAK', color: 'preset1' });
    expect(dup.status).toBe(409);
    const bad = await call('POST', '/me/outlook/masterCategories', { displayName: 'Feil farge', color: 'preset25' });
    expect(bad.status).toBe(400);
    const list = await call('GET', '/me/outlook/masterCategories');
    expect(list.body.value.map((c: { displayName: string }) => c.displayName)).toEqual(['VIGO: inntak']);
  });
});
