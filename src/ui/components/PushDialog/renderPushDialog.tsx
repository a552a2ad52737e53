/** The push dialog's markup: pure, from state, strings and actions. */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Tab,
  TabList,
} from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Deadline } from '../../../domain/model/entry';
import { ARSHJUL_LANG, format, type Locale } from '../../strings/define';
import { plural } from '../../strings/dates';
import type { pushStrings } from '../../strings/push';
import type { Reminder, ShowAs } from '../../../sync/plan/eventChoices';
import type { SyncOutcome } from '../../../sync/outcome';
import type { usePushDialogStyles } from './PushDialog.styles';
import type { PushDialogActions, PushDialogState, PushTab } from './PushDialog.types';
import { MAX_LEAD_DAYS, isBusy, parseLeadDays } from './usePushDialog';
import { focusOnMount } from '../../hooks/returnFocus';

type Strings = (typeof pushStrings)['nb'];
type Styles = ReturnType<typeof usePushDialogStyles>;

export interface RenderPushDialogInput {
  readonly state: PushDialogState;
  readonly actions: PushDialogActions;
  readonly removeButtonRef: RefObject<HTMLButtonElement | null>;
  readonly titleRef: RefObject<HTMLHeadingElement | null>;
  readonly strings: Strings;
  readonly styles: Styles;
  readonly deadlines: readonly Deadline[];
  readonly locale: Locale;
  readonly onClose: () => void;
}

function text(strings: Strings, key: string): string {
  return (strings as Readonly<Record<string, string>>)[key] ?? key;
}

/** The demo's Graph simulator page, where a push can be seen (`npm start` only). */
const SIMULATOR_URL = import.meta.env['VITE_GRAPH_SIMULATOR_URL'] as string | undefined;
const SIMULATOR_PAGE = SIMULATOR_URL ? `${SIMULATOR_URL.replace(/\/+$/, '')}/_sim/` : undefined;

/**
 * The error in the user's language. A code without text of its own gets the general text and
 * keeps the technical message, so support can tell what happened.
 */
function errorText(strings: Strings, error: { readonly code: string; readonly message: string }): string {
  const key = `error.${error.code}`;
  const known = text(strings, key);
  return known === key ? `${strings['error.unknown']} (${error.message})` : known;
}

const ACTION_LABEL = { create: 'actionCreate', update: 'actionUpdate', keep: 'actionKeep', delete: 'actionDelete' } as const;

function outcomeLine(o: SyncOutcome, titles: ReadonlyMap<string, string>, strings: Strings, styles: Styles) {
  const title = titles.get(o.key) ?? o.key;
  const named = <span lang={ARSHJUL_LANG}>{title}</span>;
  if (o.status === 'done')
    return (
      <li key={`${o.action}:${o.key}`}>
        {`${strings[ACTION_LABEL[o.action]]}: `}
        {named}
      </li>
    );
  const label = o.status === 'failed' ? strings.statusFailed : strings.statusSkipped;
  const reason = o.error ? ` (${text(strings, `error.${o.error.code}`)})` : '';
  return (
    <li key={`${o.action}:${o.key}`} className={o.status === 'failed' ? styles.failed : styles.skipped}>
      {`${label}: `}
      {named}
      {reason}
    </li>
  );
}

/** One dialog at a time, so one id. */
const REMOVE_QUESTION_ID = 'arshjul-push-remove-question';
/** The dialog is one on the page: its tabs and the panel they show have fixed ids. */
const TAB_IDS: Readonly<Record<PushTab, string>> = { outlook: 'push-tab-outlook', planner: 'push-tab-planner' };
const PANEL_ID = 'push-tab-panel';

export function renderPushDialog({ state, actions, removeButtonRef, titleRef, strings, styles, deadlines, locale, onClose }: RenderPushDialogInput) {
  const count = (forms: { readonly one: string; readonly other: string }) => format(plural(locale, deadlines.length, forms), { count: deadlines.length });
  const busy = isBusy(state);
  const needsGroup = state.tab === 'planner' || state.target === 'group';
  const leadInvalid = state.tab === 'planner' && parseLeadDays(state.leadDays) === 'invalid';
  const canRun = deadlines.length > 0 && !busy && !(needsGroup && !state.groupId) && !leadInvalid;
  const titles = new Map(deadlines.map((d) => [d.key as string, d.entry.title]));

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle ref={titleRef} tabIndex={-1} className={styles.title}>
            {strings.title}
          </DialogTitle>
          <DialogContent className={styles.body}>
            <div>{count({ one: strings.selectedOne, other: strings.selectedOther })}</div>
            {/* The other tab is unavailable while busy, but focusable: the first switch to Planner
                makes it busy, and a `disabled` tab would lose the focus to the page behind the modal.
                setTab ignores a switch then. The selected tab is not marked: it is the one in use. */}
            <TabList selectedValue={state.tab} onTabSelect={(_, data) => actions.setTab(data.value as PushTab)}>
              {(
                [
                  ['outlook', strings.tabOutlook],
                  ['planner', strings.tabPlanner],
                ] as const
              ).map(([tab, label]) => {
                const unavailable = busy && tab !== state.tab;
                return (
                  <Tab key={tab} value={tab} id={TAB_IDS[tab]} aria-controls={PANEL_ID} aria-disabled={unavailable || undefined} className={unavailable ? styles.tabBusy : undefined}>
                    {label}
                  </Tab>
                );
              })}
            </TabList>

            {state.tab === 'outlook' ? (
              <div className={styles.form} role="tabpanel" id={PANEL_ID} aria-labelledby={TAB_IDS.outlook}>
                <Field label={strings.target} hint={state.target === 'group' ? strings.targetGroupNote : undefined}>
                  <Select className={styles.select} value={state.target} onChange={(_, data) => actions.setTarget(data.value)} disabled={busy}>
                    <option value="mine">{strings.targetMine}</option>
                    {state.calendars.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                    {state.groupId ? <option value="group">{strings.targetGroup}</option> : null}
                  </Select>
                </Field>
                <Field label={strings.reminder}>
                  <Select className={styles.select} value={state.reminder} onChange={(_, data) => actions.setReminder(data.value as Reminder)} disabled={busy || state.target === 'group'}>
                    <option value="none">{strings.reminderNone}</option>
                    <option value="1d">{strings.reminder1d}</option>
                    <option value="1w">{strings.reminder1w}</option>
                    <option value="2w">{strings.reminder2w}</option>
                  </Select>
                </Field>
                <Field label={strings.showAs}>
                  <Select className={styles.select} value={state.showAs} onChange={(_, data) => actions.setShowAs(data.value as ShowAs)} disabled={busy}>
                    <option value="free">{strings.showFree}</option>
                    <option value="tentative">{strings.showTentative}</option>
                    <option value="busy">{strings.showBusy}</option>
                  </Select>
                </Field>
              </div>
            ) : (
              <div className={styles.form} role="tabpanel" id={PANEL_ID} aria-labelledby={TAB_IDS.planner}>
                {state.groupId ? null : (
                  <MessageBar intent="warning">
                    <MessageBarBody>{strings.noGroup}</MessageBarBody>
                  </MessageBar>
                )}
                <Field label={strings.plan}>
                  <Select className={styles.select} value={state.plan} onChange={(_, data) => actions.setPlan(data.value)} disabled={busy}>
                    <option value="school-year">{strings.planSchoolYear}</option>
                    {state.plans.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={strings.leadDays}
                  {...(leadInvalid ? { validationState: 'error' as const, validationMessage: format(strings.leadDaysInvalid, { max: MAX_LEAD_DAYS }) } : {})}
                >
                  <Input type="number" min={0} max={MAX_LEAD_DAYS} step={1} value={state.leadDays} onChange={(_, data) => actions.setLeadDays(data.value)} disabled={busy} />
                </Field>
                <fieldset className={styles.members}>
                  <legend>{strings.assignees}</legend>
                  {state.members.map((m) => (
                    <Checkbox
                      key={m.id}
                      label={m.displayName}
                      checked={state.assignees.includes(m.id)}
                      disabled={busy}
                      onChange={(_, data) =>
                        actions.setAssignees(data.checked ? [...state.assignees, m.id] : state.assignees.filter((id) => id !== m.id))
                      }
                    />
                  ))}
                </fieldset>
              </div>
            )}

            {state.phase === 'loading' || state.phase === 'previewing' || state.plannerLoading ? <Spinner size="tiny" label={strings.loading} /> : null}
            {state.counts ? (
              <div role="status">
                {format(strings.previewCounts, {
                  create: state.counts.create,
                  update: state.counts.update,
                  keep: state.counts.keep,
                  remove: state.counts.delete,
                })}
              </div>
            ) : null}
            {state.phase === 'pushing' && state.progress ? (
              <Field label={strings.progressLabel} validationMessage={format(strings.progress, state.progress)} validationState="none">
                <ProgressBar value={state.progress.total > 0 ? state.progress.done / state.progress.total : 0} />
              </Field>
            ) : null}
            {state.error ? (
              <MessageBar intent="error">
                <MessageBarBody>
                  {errorText(strings, state.error)}
                  {state.error.remedy ? ` ${text(strings, `remedy.${state.error.remedy}`)}` : null}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {state.confirmingRemove ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody id={REMOVE_QUESTION_ID}>
                  {format(plural(locale, deadlines.length, { one: strings.removeConfirmOne, other: strings.removeConfirmOther }), {
                    count: deadlines.length,
                    where: state.tab === 'outlook' ? strings.whereCalendar : strings.wherePlanner,
                  })}
                </MessageBarBody>
                <MessageBarActions>
                  {/* The question takes the focus from "Fjern valgte", which it disables. */}
                  <Button ref={focusOnMount} aria-describedby={REMOVE_QUESTION_ID} onClick={actions.confirmRemove}>
                    {strings.removeConfirmYes}
                  </Button>
                  <Button onClick={actions.keepItems}>{strings.cancel}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            {state.report ? (
              <section aria-label={strings.results}>
                {/* The focus comes here when the run ends: its buttons were replaced by Avbryt. */}
                <div role="status" tabIndex={-1} ref={focusOnMount} className={styles.summary}>
                  {state.reportOf === 'remove' && state.report.outcomes.length === 0
                    ? format(strings.nothingRemoved, { where: state.tab === 'outlook' ? strings.whereCalendar : strings.wherePlanner })
                    : format(strings.summary, state.report.counts)}
                </div>
                <ul className={styles.results}>{state.report.outcomes.map((o) => outcomeLine(o, titles, strings, styles))}</ul>
                {SIMULATOR_PAGE ? (
                  <Link href={SIMULATOR_PAGE} target="_blank" rel="noreferrer">
                    {strings.simulatorLink}
                  </Link>
                ) : null}
              </section>
            ) : null}
          </DialogContent>
          {/* The whole width, not Fluent's default of the right half: four actions did not fit there,
              and "Fjern valgte" broke over two lines. Under 480 px they stack, full width, as before. */}
          <DialogActions fluid>
            {state.phase === 'pushing' ? (
              // The button that started the run is gone: Avbryt takes the focus.
              <Button ref={focusOnMount} onClick={actions.cancel}>
                {strings.cancel}
              </Button>
            ) : (
              <>
                {/* disabledFocusable: a button that is pressed and then waits keeps the focus. */}
                <Button ref={removeButtonRef} onClick={actions.askRemove} disabledFocusable={!canRun || state.confirmingRemove}>
                  {strings.remove}
                </Button>
                <Button onClick={actions.preview} disabledFocusable={!canRun}>
                  {strings.preview}
                </Button>
                <Button appearance="primary" onClick={actions.push} disabledFocusable={!canRun}>
                  {strings.push}
                </Button>
                <Button onClick={onClose}>{strings.close}</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
