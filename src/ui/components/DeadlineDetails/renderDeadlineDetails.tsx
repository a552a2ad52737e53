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
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { countyByKey } from '../../../domain/model/county';
import type { DateMove, Deadline, Entry } from '../../../domain/model/entry';
import { CategoryBadge } from '../CategoryBadge';
import { formatDeadlineDays, formatList, formatPlainDate, plural } from '../../strings/dates';
import { ARSHJUL_LANG, format, type Locale } from '../../strings/define';
import { detailStrings, holidayStrings } from '../../strings/details';
import type { DeadlineDetailsState } from './DeadlineDetails.types';
import type { useDeadlineDetailsStyles } from './useDeadlineDetailsStyles.styles';
import { schoolYearText } from '../../../domain/time/schoolYear';
import { focusOnMount } from '../../hooks/returnFocus';

type Classes = ReturnType<typeof useDeadlineDetailsStyles>;

export function moveText(move: DateMove, locale: Locale): string {
  const s = detailStrings[locale];
  const reason =
    move.reason.kind === 'weekend'
      ? s.reasonWeekend
      : move.reason.kind === 'holiday'
        ? format(s.reasonHoliday, { holiday: holidayStrings[locale][move.reason.holiday] })
        : move.reason.kind === 'leap-day'
          ? s.reasonLeapDay
          : s.reasonWeek53;
  const line = format(s.moveLine, { from: formatPlainDate(move.from, locale), to: formatPlainDate(move.to, locale), reason });
  // A range moves whole: its end moves as far as its start (19–21 June → 21–23 June).
  return move.field === 'start' ? `${line} ${s.moveKeepsLength}` : line;
}

/**
 * The dates in the entry's texts that stay as the template year wrote them, said as such:
 * «26. september» står som i årshjulet for 2022–2023 …; undefined when there are none.
 */
export function datesAsWrittenText(entry: Entry, locale: Locale): string | undefined {
  const kept = entry.datesAsWritten;
  if (!kept || kept.dates.length === 0) return undefined;
  const s = detailStrings[locale];
  const quoted = kept.dates.map((date) => (locale === 'en' ? `“${date}”` : `«${date}»`));
  const text = format(plural(locale, kept.dates.length, { one: s.datesAsWrittenOne, other: s.datesAsWrittenOther }), {
    dates: formatList(quoted, locale),
    year: schoolYearText(kept.schoolYear),
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence of the interface with one of the årshjul's texts in it, that text marked as the årshjul's language. */
function InLanguage({ template, name, text }: { readonly template: string; readonly name: string; readonly text: string }) {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return (
    <>
      {before}
      <span lang={ARSHJUL_LANG}>{text}</span>
      {after}
    </>
  );
}

/** Every field of a deadline, as the dialog lists them. */
export function DetailsFields({ state, classes, deadline }: { state: DeadlineDetailsState; classes: Classes; deadline: Deadline }) {
  const { locale } = state;
  const s = detailStrings[locale];
  const { entry } = deadline;
  const counties = entry.counties === 'all' ? s.countiesAll : entry.counties.map((c) => countyByKey(c).name).join(', ');
  const keptDates = datesAsWrittenText(entry, locale);
  return (
    <dl className={classes.fields}>
      <dt className={classes.term}>{s.date}</dt>
      <dd className={classes.value}>
        {formatDeadlineDays(deadline, locale)}
        {deadline.occurrences > 1 ? (
          <span className={classes.subtle}> · {format(s.occurrence, { occurrence: deadline.occurrence, occurrences: deadline.occurrences })}</span>
        ) : null}
      </dd>
      <dt className={classes.term}>{s.asWritten}</dt>
      <dd className={classes.value} lang={ARSHJUL_LANG}>
        {entry.whenAsWritten}
      </dd>
      {entry.from ? (
        <>
          <dt className={classes.term}>{s.from}</dt>
          <dd className={classes.value} lang={ARSHJUL_LANG}>
            {entry.from}
          </dd>
        </>
      ) : null}
      {entry.to ? (
        <>
          <dt className={classes.term}>{s.to}</dt>
          <dd className={classes.value} lang={ARSHJUL_LANG}>
            {entry.to}
          </dd>
        </>
      ) : null}
      {entry.comment ? (
        <>
          <dt className={classes.term}>{s.comment}</dt>
          <dd className={classes.value} lang={ARSHJUL_LANG}>
            {entry.comment}
          </dd>
        </>
      ) : null}
      <dt className={classes.term}>{s.category}</dt>
      <dd className={classes.value}>
        <CategoryBadge category={entry.category} />
        {entry.categoryInferred && entry.categoryReason ? (
          <span className={classes.subtle}>
            <br />
            <InLanguage template={s.categoryInferred} name="reason" text={entry.categoryReason} />
          </span>
        ) : null}
      </dd>
      <dt className={classes.term}>{s.counties}</dt>
      <dd className={classes.value}>
        {counties}
        {entry.countyParts && entry.countyParts.length > 0 ? (
          <span className={classes.subtle}>
            <br />
            {format(s.countyParts, { parts: entry.countyParts.join('; ') })}
          </span>
        ) : null}
      </dd>
      {entry.reportCodes.length > 0 ? (
        <>
          <dt className={classes.term}>{s.reportCodes}</dt>
          <dd className={classes.value}>
            <ul className={classes.codes} data-testid="report-codes">
              {entry.reportCodes.map((code) => (
                <li key={code} className={classes.code}>
                  {code}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {state.references.some((r) => r.target) ? (
        <>
          <dt className={classes.term}>{s.seeAlso}</dt>
          <dd className={classes.value}>
            <ul className={classes.refs}>
              {state.references.map((ref, i) =>
                ref.target ? (
                  <li key={i}>
                    <Link as="button" className={classes.seeAlso} onClick={() => state.props.onOpen(ref.target!)} data-testid="see-also" lang={ARSHJUL_LANG}>
                      {ref.target.entry.title}
                    </Link>{' '}
                    <span className={classes.subtle}>
                      ({formatDeadlineDays(ref.target, state.locale)}) – <span lang={ARSHJUL_LANG}>{ref.text}</span>
                    </span>
                  </li>
                ) : null,
              )}
            </ul>
          </dd>
        </>
      ) : null}
      {state.references.some((r) => r.note) ? (
        <>
          <dt className={classes.term}>{s.notes}</dt>
          <dd className={classes.value}>
            {state.references.map((ref, i) =>
              ref.note ? (
                <blockquote key={i} className={classes.note} lang={ARSHJUL_LANG}>
                  <span className={classes.noteTitle}>{ref.note.title}</span>
                  {ref.note.text}
                </blockquote>
              ) : null,
            )}
          </dd>
        </>
      ) : null}
      {deadline.moves.length > 0 ? (
        <>
          <dt className={classes.term}>{s.moved}</dt>
          <dd className={classes.value}>
            <ul className={classes.moves} data-testid="moves">
              {deadline.moves.map((move, i) => (
                <li key={i}>{moveText(move, locale)}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {keptDates ? (
        <>
          <dt className={classes.term}>{s.datesAsWritten}</dt>
          <dd className={classes.value} data-testid="dates-as-written">
            {keptDates}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function renderDeadlineDetails(state: DeadlineDetailsState, classes: Classes) {
  const s = detailStrings[state.locale];
  const { deadline } = state.props;
  return (
    <Dialog open={state.open} onOpenChange={(_, data) => (data.open ? undefined : state.props.onClose())} modalType="modal">
      <DialogSurface className={classes.surface} aria-describedby={undefined} data-testid="deadline-details">
        <DialogBody>
          <DialogTitle ref={state.titleRef} tabIndex={-1} className={classes.title} {...(deadline ? { lang: ARSHJUL_LANG } : {})}>
            {deadline ? deadline.entry.title : s.notFound}
          </DialogTitle>
          <DialogContent ref={state.contentRef}>
            {deadline ? <DetailsFields state={state} classes={classes} deadline={deadline} /> : <Text>{state.props.missingKey}</Text>}
          </DialogContent>
          <DialogActions className={classes.actions}>
            {deadline && state.copy?.kind === 'manual' ? (
              <Field label={s.linkShown} className={classes.linkField}>
                {/* The link appears where the copy was refused: the focus goes to it, selected, ready for Ctrl+C. */}
                <Input ref={focusOnMount} readOnly value={state.copy.link} aria-label={s.linkLabel} onFocus={(e) => e.currentTarget.select()} />
              </Field>
            ) : null}
            {deadline ? (
              // In the page before anything is copied: a screen reader announces what a status
              // region it already knows says, and may miss one that appears with its text.
              <Text role="status" className={mergeClasses(classes.subtle, classes.quietWhenEmpty)}>
                {state.copy?.kind === 'copied' ? s.linkCopied : null}
              </Text>
            ) : null}
            {deadline && state.props.selection ? (
              <Checkbox
                className={classes.select}
                label={s.selectForPush}
                checked={state.props.selection.selected}
                onChange={(_, data) => state.props.selection?.onChange(deadline, data.checked === true)}
              />
            ) : null}
            {deadline ? (
              <Button appearance="secondary" onClick={state.copyLink}>
                {s.copyLink}
              </Button>
            ) : null}
            <Button appearance="primary" onClick={state.props.onClose}>
              {s.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
