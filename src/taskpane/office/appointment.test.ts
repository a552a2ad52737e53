/**
 * The Office.js calls against `office-addin-mock` with host `outlook`: what is written into
 * the appointment, in which order, and how a failing call reaches the user.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { insertMessage } from '../insertMessage';
import { AppointmentError, insertIntoAppointment, toShownInsertError, type ComposeAppointment, type OfficeEnums } from './appointment';
import type { AppointmentFields } from './appointmentFields';
import { classifyItem, connectOutlook, type OfficeLike } from './outlook';

type Callback = (result: { status: string; value?: unknown; error?: { code: number; name: string; message: string } }) => void;
type Failure = { code: number; name: string; message: string };

const ok: Parameters<Callback>[0] = { status: 'succeeded' };

/** An appointment in compose mode that records what is written; `fail` makes one part fail. */
function composeSeed(
  options: { bodyType?: 'html' | 'text'; fail?: { part: 'subject' | 'start' | 'end' | 'body'; error: Failure }; throwOn?: 'body'; allDay?: 'ok' | 'refused' } = {},
) {
  const calls: { part: string; value: unknown; options?: unknown }[] = [];
  const answer = (part: 'subject' | 'start' | 'end' | 'body', cb: Callback) =>
    cb(options.fail?.part === part ? { status: 'failed', error: options.fail.error } : ok);
  const seed = {
    host: 'outlook',
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    context: {
      displayLanguage: 'nn-NO',
      mailbox: {
        userProfile: { emailAddress: 'kari.nordmann@vestlandfylke.no' },
        item: {
          itemType: 'appointment',
          subject: {
            setAsync(value: string, cb: Callback) {
              calls.push({ part: 'subject', value });
              answer('subject', cb);
            },
          },
          start: {
            setAsync(value: Date, cb: Callback) {
              calls.push({ part: 'start', value });
              answer('start', cb);
            },
          },
          end: {
            setAsync(value: Date, cb: Callback) {
              calls.push({ part: 'end', value });
              answer('end', cb);
            },
          },
          // Only Outlook clients with the preview requirement set have it.
          ...(options.allDay
            ? {
                isAllDayEvent: {
                  setAsync(value: boolean, cb: Callback) {
                    calls.push({ part: 'allDay', value });
                    cb(options.allDay === 'ok' ? ok : { status: 'failed', error: { code: 5000, name: 'GenericResponseError', message: 'Not supported.' } });
                  },
                },
              }
            : {}),
          body: {
            getTypeAsync(cb: Callback) {
              cb({ status: 'succeeded', value: options.bodyType ?? 'html' });
            },
            setAsync(value: string, opts: unknown, cb: Callback) {
              if (options.throwOn === 'body') throw new Error('Sys.ArgumentException: Value does not fall within the expected range.');
              calls.push({ part: 'body', value, options: opts });
              answer('body', cb);
            },
          },
        },
      },
    },
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
  };
  // `host: 'outlook'` in the seed makes the mock skip load/sync checks, as Outlook has none.
  const office = new OfficeMockObject(seed) as unknown as OfficeLike & { context: { mailbox: { item: ComposeAppointment } } };
  return { office, item: office.context.mailbox.item, enums: office as OfficeEnums, calls };
}

const fields: AppointmentFields = {
  subject: 'Frist for søknad om skoleplass',
  start: new Date('2026-11-30T23:00:00.000Z'),
  end: new Date('2026-12-01T23:00:00.000Z'),
  html: '<div><p><b>Fra:</b> Fylket</p></div>',
  text: 'Fra: Fylket',
};

describe('inserting a deadline into the appointment', () => {
  it('sets subject, then start, then end, then the body as HTML', async () => {
    const { item, enums, calls } = composeSeed();
    await insertIntoAppointment(item, fields, enums);
    expect(calls).toEqual([
      { part: 'subject', value: 'Frist for søknad om skoleplass' },
      { part: 'start', value: new Date('2026-11-30T23:00:00.000Z') },
      { part: 'end', value: new Date('2026-12-01T23:00:00.000Z') },
      { part: 'body', value: '<div><p><b>Fra:</b> Fylket</p></div>', options: { coercionType: 'html' } },
    ]);
  });

  it('marks the appointment all-day where Outlook lets it, and carries on where it does not', async () => {
    const absent = composeSeed();
    expect(await insertIntoAppointment(absent.item, fields, absent.enums)).toEqual({ allDay: false });
    const marked = composeSeed({ allDay: 'ok' });
    expect(await insertIntoAppointment(marked.item, fields, marked.enums)).toEqual({ allDay: true });
    expect(marked.calls.map((c) => c.part)).toEqual(['subject', 'start', 'end', 'allDay', 'body']);
    expect(marked.calls[3]!.value).toBe(true);
    const refused = composeSeed({ allDay: 'refused' });
    expect(await insertIntoAppointment(refused.item, fields, refused.enums)).toEqual({ allDay: false });
    expect(refused.calls.at(-1)?.part).toBe('body');
  });

  it('writes the text version into a plain-text body', async () => {
    const { item, enums, calls } = composeSeed({ bodyType: 'text' });
    await insertIntoAppointment(item, fields, enums);
    expect(calls.at(-1)).toEqual({ part: 'body', value: 'Fra: Fylket', options: { coercionType: 'text' } });
  });

  it('stops at a failed call with a typed error that names the part and keeps Office’s error', async () => {
    const error = { code: 9041, name: 'DataExceedsMaximumSize', message: 'The subject exceeds the maximum length.' };
    const { item, enums, calls } = composeSeed({ fail: { part: 'subject', error } });
    const rejected = await insertIntoAppointment(item, fields, enums).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(AppointmentError);
    expect(rejected).toMatchObject({ code: 'subject-failed', message: error.message, office: { code: 9041, name: 'DataExceedsMaximumSize' } });
    expect(calls.map((c) => c.part)).toEqual(['subject']);
  });

  it.each([
    ['start', 'time-failed'],
    ['end', 'time-failed'],
    ['body', 'body-failed'],
  ] as const)('a failed %s call is reported as %s', async (part, code) => {
    const { item, enums } = composeSeed({ fail: { part, error: { code: 5001, name: 'InternalServerError', message: 'An internal error has occurred.' } } });
    await expect(insertIntoAppointment(item, fields, enums)).rejects.toMatchObject({ code });
  });

  it('turns a call that throws into the same kind of error', async () => {
    const { item, enums } = composeSeed({ throwOn: 'body' });
    await expect(insertIntoAppointment(item, fields, enums)).rejects.toMatchObject({ code: 'body-failed', message: expect.stringContaining('expected range') });
  });
});

describe('what the user is told', () => {
  it('says what failed in their language, with Outlook’s message as detail', async () => {
    const error = { code: 9041, name: 'DataExceedsMaximumSize', message: 'The subject exceeds the maximum length.' };
    const { item, enums } = composeSeed({ fail: { part: 'subject', error } });
    const shown = toShownInsertError(await insertIntoAppointment(item, fields, enums).catch((e: unknown) => e));
    expect(insertMessage({ kind: 'failed', title: 'X', error: shown }, 'nb')).toEqual({
      intent: 'error',
      text: 'Outlook godtok ikke emnet, så ingenting ble satt inn.',
      detail: 'Outlook svarte: The subject exceeds the maximum length.',
    });
    expect(insertMessage({ kind: 'failed', title: 'X', error: shown }, 'en').text).toBe('Outlook did not accept the subject, so nothing was inserted.');
  });

  it('reports something it did not expect as unknown, and success with the title', () => {
    expect(insertMessage({ kind: 'failed', title: 'X', error: toShownInsertError('boom') }, 'nn')).toEqual({
      intent: 'error',
      text: 'Fristen kunne ikkje setjast inn i avtalen.',
      detail: 'Outlook svarte: boom',
    });
    expect(insertMessage({ kind: 'inserted', title: 'Skolestart', allDay: true }, 'nb')).toEqual({
      intent: 'success',
      text: '«Skolestart» er satt inn i avtalen som heldagsavtale, med emne og beskrivelse. Se over og lagre avtalen.',
    });
    // Without the all-day mark, it says what it did set and what is left to the user.
    expect(insertMessage({ kind: 'inserted', title: 'Skolestart', allDay: false }, 'nb').text).toBe(
      '«Skolestart» er satt inn i avtalen: emne, beskrivelse og tid fra midnatt til midnatt. Kryss av for «Hele dagen», se over og lagre avtalen.',
    );
  });
});

describe('where the pane runs', () => {
  it('offers inserting in an appointment being composed in Outlook, in Outlook’s language', async () => {
    const { office } = composeSeed();
    const connection = await connectOutlook(office);
    // The mailbox owner is the sign-in hint, so "Add to my calendar" signs in as them.
    expect(connection).toMatchObject({ insert: true, displayLanguage: 'nn-NO', userEmail: 'kari.nordmann@vestlandfylke.no' });
  });

  it('is a list only without Office.js, outside Outlook, or when Office never answers', async () => {
    expect(await connectOutlook(undefined)).toEqual({ insert: false, reason: 'no-office' });
    const browser = new OfficeMockObject(
      { host: 'outlook', HostType: { Outlook: 'Outlook' }, onReady: () => Promise.resolve({ host: null, platform: null }) },
    ) as unknown as OfficeLike;
    expect(await connectOutlook(browser)).toEqual({ insert: false, reason: 'not-outlook' });
    const silent = new OfficeMockObject({ host: 'outlook', HostType: { Outlook: 'Outlook' }, onReady: () => new Promise(() => {}) }) as unknown as OfficeLike;
    expect(await connectOutlook(silent, 10)).toEqual({ insert: false, reason: 'timeout' });
  });

  it('is a list only for an email being read and for an appointment in read mode', () => {
    expect(classifyItem({ itemType: 'message', subject: 'Re: frister', start: undefined })).toEqual({ insert: false, reason: 'not-appointment' });
    expect(classifyItem({ itemType: 'appointment', subject: 'Møte', start: new Date(), end: new Date(), body: {} })).toEqual({ insert: false, reason: 'read-mode' });
    expect(classifyItem(undefined)).toEqual({ insert: false, reason: 'not-appointment' });
  });
});
