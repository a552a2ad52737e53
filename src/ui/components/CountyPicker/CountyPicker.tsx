/**
 * Asks which county the user works for: once in a personal tab (then remembered), and on the
 * channel tab's configuration page. `card` is the personal tab's question above the wheel;
 * `field` is just the labelled dropdown for the configuration page.
 */
import { Button, Card, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { COUNTIES, countyByKey, isCountyKey, type CountyKey } from '../../../domain/model/county';
import { countyStrings } from '../../strings/county';
import { useLocale } from '../../strings/StringsProvider';
import { focusOnMount } from '../../hooks/returnFocus';

export interface CountyPickerProps {
  readonly value?: CountyKey;
  /** `undefined` means all counties (only offered by the `card` appearance). */
  readonly onChange: (county: CountyKey | undefined) => void;
  /**
   * `card`: a question with "show" and "all counties"; `field`: the dropdown alone, changing on select.
   * @default 'card'
   */
  readonly appearance?: 'card' | 'field';
  /**
   * The question is asked again (with a button, not the first time): the `card`'s question takes
   * the focus when it appears, and an Avbryt button keeps the county shown now.
   */
  readonly onCancel?: () => void;
}

const useCountyPickerStyles = makeStyles({
  card: { maxWidth: '48em', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  dropdown: { minWidth: '14em' },
});

export function CountyPicker({ value, onChange, appearance = 'card', onCancel }: CountyPickerProps) {
  const classes = useCountyPickerStyles();
  const s = countyStrings[useLocale()];
  const titleId = useId();
  const [choice, setChoice] = useState<CountyKey | undefined>(value);
  const dropdown = (
    <Field label={s.pickerLabel} required={appearance === 'field'}>
      <Dropdown
        className={classes.dropdown}
        placeholder={s.pickerPlaceholder}
        value={choice ? countyByKey(choice).name : ''}
        selectedOptions={choice ? [choice] : []}
        onOptionSelect={(_, data) => {
          const next = isCountyKey(data.optionValue) ? data.optionValue : undefined;
          setChoice(next);
          if (appearance === 'field') onChange(next);
        }}
        data-testid="county-picker"
      >
        {COUNTIES.map((c) => (
          <Option key={c.key} value={c.key}>
            {c.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  if (appearance === 'field') return dropdown;
  return (
    <Card className={classes.card} role="region" aria-labelledby={titleId} data-testid="county-question">
      <h2 id={titleId} className={classes.title} {...(onCancel ? { tabIndex: -1, ref: focusOnMount } : {})}>
        {s.pickerTitle}
      </h2>
      <p className={classes.help}>{s.pickerHelp}</p>
      <div className={classes.row}>
        {dropdown}
        <Button appearance="primary" disabled={!choice} onClick={() => onChange(choice)}>
          {s.pickerShow}
        </Button>
        <Button appearance="secondary" onClick={() => onChange(undefined)}>
          {s.pickerAll}
        </Button>
        {onCancel ? (
          <Button appearance="subtle" onClick={onCancel}>
            {s.pickerCancel}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
