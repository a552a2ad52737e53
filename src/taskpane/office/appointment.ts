/// <reference types="office-js" />
/**
 * Writes a deadline into the appointment being composed, with Office.js. Every call goes
 * through the item and the Office namespace passed in, so tests hand in an
 * `office-addin-mock` object instead of the real host.
 *
 * Order matters: `start.setAsync` keeps the appointment's duration (it moves the end along),
 * so the start is set before the end. The body is replaced as HTML, or as text when the
 * item's body is plain text (Outlook refuses HTML coercion into a text body).
 */
import type { AppointmentFields } from './appointmentFields';

/**
 * The parts of an appointment in compose mode (organizer) the pane writes. `isAllDayEvent` is
 * in Office.js's preview requirement set only ([unverified] which clients have it): used when
 * the item has it, and the user is told to tick "All day" when it does not.
 */
export type ComposeAppointment = Pick<Office.AppointmentCompose, 'subject' | 'start' | 'end' | 'body'> & {
  readonly isAllDayEvent?: { readonly setAsync?: (value: boolean, callback: (result: Office.AsyncResult<void>) => void) => void };
};

/** What the insert could do beyond subject, times and body. */
export interface InsertResult {
  /** The appointment is marked all-day; otherwise it runs from midnight to midnight. */
  readonly allDay: boolean;
}

/** The Office enums the calls need; the real `Office` namespace has them, a mock seeds them. */
export type OfficeEnums = {
  readonly AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, 'Failed'>;
  readonly CoercionType: Pick<typeof Office.CoercionType, 'Html' | 'Text'>;
};

export type AppointmentErrorCode = 'subject-failed' | 'time-failed' | 'body-failed';

/** A write the host refused or that threw; `officeCode`/`officeName` are Office's, for developers. */
export class AppointmentError extends Error {
  constructor(
    readonly code: AppointmentErrorCode,
    message: string,
    readonly office: { readonly code?: number; readonly name?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppointmentError';
  }
}

/** Turns one `…Async(…, callback)` call into a promise that rejects with a typed error. */
function call<T>(code: AppointmentErrorCode, enums: OfficeEnums, invoke: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === enums.AsyncResultStatus.Failed) {
          const e = result.error as Office.Error | undefined;
          reject(new AppointmentError(code, e?.message || 'The Office call failed', { ...(e?.code !== undefined ? { code: e.code } : {}), ...(e?.name ? { name: e.name } : {}) }));
        } else resolve(result.value);
      });
    } catch (error) {
      // Office.js throws synchronously on arguments it rejects (e.g. a subject over 255 characters).
      reject(new AppointmentError(code, error instanceof Error ? error.message : String(error), {}, { cause: error }));
    }
  });
}

/**
 * Sets subject, start, end and body of the appointment, and marks it all-day where Outlook lets
 * an add-in do that. Rejects with an `AppointmentError` naming the first part that failed; the
 * parts before it are already written. A refused all-day mark is not a failure: the times are
 * midnight to midnight either way, and the user is told to tick "All day".
 */
export async function insertIntoAppointment(item: ComposeAppointment, fields: AppointmentFields, enums: OfficeEnums): Promise<InsertResult> {
  await call<void>('subject-failed', enums, (cb) => item.subject.setAsync(fields.subject, cb));
  await call<void>('time-failed', enums, (cb) => item.start.setAsync(fields.start, cb));
  await call<void>('time-failed', enums, (cb) => item.end.setAsync(fields.end, cb));
  const setAllDay = item.isAllDayEvent?.setAsync;
  const allDay =
    typeof setAllDay === 'function'
      ? await call<void>('time-failed', enums, (cb) => setAllDay.call(item.isAllDayEvent, true, cb)).then(
          () => true,
          () => false,
        )
      : false;
  const type = await call<Office.CoercionType>('body-failed', enums, (cb) => item.body.getTypeAsync(cb));
  const asText = String(type) === String(enums.CoercionType.Text);
  await call<void>('body-failed', enums, (cb) =>
    item.body.setAsync(asText ? fields.text : fields.html, { coercionType: asText ? enums.CoercionType.Text : enums.CoercionType.Html }, cb),
  );
  return { allDay };
}

/** What the pane shows for a failed insert: our code, and Office's message as detail. */
export interface ShownInsertError {
  readonly code: AppointmentErrorCode | 'unknown';
  readonly detail: string;
}

export function toShownInsertError(error: unknown): ShownInsertError {
  if (error instanceof AppointmentError) return { code: error.code, detail: error.message };
  return { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}
