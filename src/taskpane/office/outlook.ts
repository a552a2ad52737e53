/// <reference types="office-js" />
/**
 * What the task pane can do where it runs. Office.js is loaded by `taskpane.html` from
 * Microsoft's CDN; when it did not load, or the page is not in Outlook, or the item is not an
 * appointment being composed, the pane is a list only and says why. What is possible is data
 * (`OutlookConnection`), decided once at start.
 */
import type { ComposeAppointment, OfficeEnums } from './appointment';

/** Why "Insert into this appointment" is not offered. */
export type NoInsertReason =
  /** Office.js did not load (blocked, offline): a plain web page. */
  | 'no-office'
  /** Office.js loaded, but the page is not in Outlook (a browser tab, another Office app). */
  | 'not-outlook'
  /** Office.js never said it was ready. */
  | 'timeout'
  /** An email, or nothing selected. */
  | 'not-appointment'
  /** An appointment the user cannot edit here (attendee, read mode). */
  | 'read-mode';

export type OutlookConnection =
  | {
      readonly insert: true;
      readonly item: ComposeAppointment;
      readonly enums: OfficeEnums;
      /** Outlook's UI language (`Office.context.displayLanguage`), e.g. `nb-NO`. */
      readonly displayLanguage?: string;
      /** The mailbox owner (`Office.context.mailbox.userProfile.emailAddress`), a sign-in hint. */
      readonly userEmail?: string;
    }
  | { readonly insert: false; readonly reason: NoInsertReason; readonly displayLanguage?: string; readonly userEmail?: string };

/** The part of the Office namespace the pane reads; the real one or an `office-addin-mock`. */
export type OfficeLike = OfficeEnums & {
  readonly HostType: Pick<typeof Office.HostType, 'Outlook'>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly mailbox?: { readonly item?: unknown; readonly userProfile?: { readonly emailAddress?: string } };
  };
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
};

const APPOINTMENT = 'appointment';

function hasSetAsync(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { setAsync?: unknown }).setAsync === 'function';
}

/**
 * An appointment in compose mode has `subject`, `start`, `end` and `body` objects with
 * `setAsync`; in read mode `subject` is a string and `start` a `Date`. `itemType` is
 * `Office.MailboxEnums.ItemType.Appointment`, whose value is `"appointment"`.
 */
export function classifyItem(item: unknown): { readonly insert: true; readonly item: ComposeAppointment } | { readonly insert: false; readonly reason: NoInsertReason } {
  if (typeof item !== 'object' || item === null) return { insert: false, reason: 'not-appointment' };
  const i = item as Record<string, unknown>;
  if (String(i['itemType']) !== APPOINTMENT) return { insert: false, reason: 'not-appointment' };
  const compose = hasSetAsync(i['subject']) && hasSetAsync(i['start']) && hasSetAsync(i['end']) && hasSetAsync(i['body']);
  return compose ? { insert: true, item: item as ComposeAppointment } : { insert: false, reason: 'read-mode' };
}

/**
 * Waits for Office.js (at most `timeoutMs`; blocked, it would never answer) and decides.
 * `office` is `window.Office`: undefined when the script did not load.
 */
export async function connectOutlook(office: OfficeLike | undefined, timeoutMs = 5000): Promise<OutlookConnection> {
  if (!office) return { insert: false, reason: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const ready = await Promise.race([office.onReady(), timeout]);
    if (ready === 'timeout') return { insert: false, reason: 'timeout' };
    const displayLanguage = office.context?.displayLanguage || undefined;
    const lang = displayLanguage ? { displayLanguage } : {};
    if (ready.host !== office.HostType.Outlook) return { insert: false, reason: 'not-outlook', ...lang };
    const email = office.context?.mailbox?.userProfile?.emailAddress;
    const user = email ? { userEmail: email } : {};
    const kind = classifyItem(office.context?.mailbox?.item);
    return kind.insert ? { ...kind, enums: office, ...lang, ...user } : { ...kind, ...lang, ...user };
  } finally {
    clearTimeout(timer);
  }
}
