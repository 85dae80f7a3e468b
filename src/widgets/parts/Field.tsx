/**
 * Form field pieces shared by the widgets: a visible label, an optional hint, the control, and the
 * error message right under it. The control gets `aria-invalid` and `aria-describedby` (hint and
 * error) so screen readers announce what is wrong when the field is focused.
 */

import type { ReactNode } from 'react';

/** Attributes the control of a field must carry. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled field; `children` renders the control with the given accessibility attributes. */
export function Field(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly wide?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const { id, label, hint, error, wide, children } = props;
  return (
    <div className={wide ? 'widget-field widget-field--wide' : 'widget-field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="widget-hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) })}
      {error ? (
        <p id={`${id}-error`} className="widget-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A text input bound to a string value. */
export function TextField(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly placeholder?: string;
  readonly list?: string;
  readonly wide?: boolean;
  readonly mono?: boolean;
}) {
  const { value, onChange, inputMode, placeholder, list, mono, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="text"
          className={mono ? 'widget-input widget-input--mono' : 'widget-input'}
          value={value}
          inputMode={inputMode}
          placeholder={placeholder}
          list={list}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A select bound to one of a fixed set of values. */
export function SelectField<T extends string>(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}) {
  const { value, options, onChange, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="widget-input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it, and an error under it when needed. */
export function CheckboxField(props: {
  readonly id: string;
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}) {
  const { id, label, checked, onChange, hint, error } = props;
  return (
    <div className="widget-field widget-field--check">
      <div className="widget-check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="widget-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="widget-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A value with a unit picker, e.g. "4" + "hours". Both controls have visible labels; the unit's
 * accessible name ("Unit for RTO target") starts with its visible text.
 */
export function DurationField<U extends string>(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: U;
  readonly units: readonly U[];
  readonly onChange: (value: string) => void;
  readonly onUnitChange: (unit: U) => void;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}) {
  const { id, label, value, unit, units, onChange, onUnitChange, hint, error } = props;
  return (
    <div className="widget-field">
      <div className="widget-duration">
        <div className="widget-field">
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type="text"
            className="widget-input"
            inputMode="decimal"
            value={value}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, hint, error)}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
        <div className="widget-field widget-duration__unit">
          <label htmlFor={`${id}-unit`}>
            Unit<span className="widget-visually-hidden"> for {label}</span>
          </label>
          <select
            id={`${id}-unit`}
            className="widget-input"
            value={unit}
            onChange={(event) => {
              const chosen = units.find((u) => u === event.target.value);
              if (chosen) onUnitChange(chosen);
            }}
          >
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="widget-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="widget-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
