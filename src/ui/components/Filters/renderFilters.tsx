import { Button, Dropdown, Field, Option, Radio, RadioGroup, SearchBox, Switch, ToggleButton } from '@fluentui/react-components';
import { COUNTIES, countyByKey, isCountyKey } from '../../../domain/model/county';
import { CategoryBadge } from '../CategoryBadge';
import { format } from '../../strings/define';
import { filterStrings } from '../../strings/filters';
import type { FiltersState } from './Filters.types';
import type { useFiltersStyles } from './useFiltersStyles.styles';

type Classes = ReturnType<typeof useFiltersStyles>;
const ANY = '';

export function renderFilters(state: FiltersState, classes: Classes) {
  const s = filterStrings[state.locale];
  const { value, categories, parties, shown, total } = state.props;
  const parties_ = value.party && !parties.includes(value.party) ? [value.party, ...parties] : parties;
  return (
    <section className={classes.root} aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading" className={classes.heading}>
        {s.heading}
      </h2>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{s.categories}</legend>
        <div className={classes.help} id="filters-categories-help">
          {s.categoriesHelp}
        </div>
        <ul className={classes.toggles} aria-describedby="filters-categories-help">
          {categories.map((key, index) => (
            <li key={key}>
              <ToggleButton
                size="small"
                appearance="outline"
                className={classes.toggle}
                checked={value.categories.includes(key)}
                onClick={() => state.toggleCategory(key)}
                data-category={key}
              >
                <CategoryBadge category={key} appearance="swatch" ringNumber={index + 1} />
              </ToggleButton>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={classes.row}>
        <Field label={s.search} className={classes.search}>
          <SearchBox
            value={state.text}
            placeholder={s.searchPlaceholder}
            onChange={(_, data) => state.setText(data.value)}
            dismiss={{ 'aria-label': s.searchClear, title: s.searchClear }}
          />
        </Field>
        <Field label={s.party}>
          <Dropdown
            className={classes.dropdown}
            value={value.party ?? s.partyAny}
            selectedOptions={[value.party ?? ANY]}
            onOptionSelect={(_, data) => state.setParty(data.optionValue ? data.optionValue : undefined)}
          >
            <Option value={ANY}>{s.partyAny}</Option>
            {parties_.map((party) => (
              <Option key={party} value={party}>
                {party}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={s.partyRole}>
          <RadioGroup layout="horizontal" value={value.partyRole} onChange={(_, data) => state.setRole(data.value === 'from' || data.value === 'to' ? data.value : 'either')}>
            <Radio value="either" label={s.roleEither} />
            <Radio value="from" label={s.roleFrom} />
            <Radio value="to" label={s.roleTo} />
          </RadioGroup>
        </Field>
        {state.props.county !== 'fixed' ? (
          <Field label={s.county}>
            <Dropdown
              className={classes.dropdown}
              value={value.county ? countyByKey(value.county).name : s.countyAll}
              selectedOptions={[value.county ?? ANY]}
              onOptionSelect={(_, data) => state.setCounty(isCountyKey(data.optionValue) ? data.optionValue : undefined)}
              data-testid="county-filter"
            >
              <Option value={ANY}>{s.countyAll}</Option>
              {COUNTIES.map((c) => (
                <Option key={c.key} value={c.key}>
                  {c.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : null}
      </div>
      <div className={classes.footer}>
        <Switch checked={value.upcoming} onChange={(_, data) => state.setUpcoming(data.checked)} label={s.upcoming} />
        {/* Stays focusable when there is nothing left to clear: pressing it must not drop the focus. */}
        <Button appearance="secondary" disabledFocusable={!state.props.canClear} onClick={state.props.onClear}>
          {s.clear}
        </Button>
        <span className={classes.count} role="status" aria-live="polite" data-testid="filter-count">
          {format(shown === 1 ? s.countOne : s.countOther, { count: shown, total })}
        </span>
      </div>
    </section>
  );
}
