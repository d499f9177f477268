import type { SelectHTMLAttributes } from 'react';

export interface EnumOption<T extends string> {
  readonly value: T;
  /** What the reviewer reads; never the stored value itself. */
  readonly label: string;
}

/** A choice of one value from a fixed list, as a select or a group of radios takes it. */
export interface EnumChoiceProps<T extends string> {
  readonly value: T;
  readonly options: readonly EnumOption<T>[];
  readonly onChange: (value: T) => void;
}

/**
 * A `<select>` over a fixed list: stored values stay out of sight, labels are words. Bare, for
 * places that label it themselves (a table cell, a form with its own layout); `EnumSelect` wraps
 * it in a labelled field.
 */
export function Select<T extends string>({
  value,
  options,
  onChange,
  ...control
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & EnumChoiceProps<T>) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value as T)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** The options for a fixed list of stored values, each shown as its label. */
export function labelledOptions<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): EnumOption<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** `labelledOptions` after a first option with the empty value: "All comments", "Not yet entered". */
export function labelledOptionsAfterBlank<T extends string>(
  blankLabel: string,
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): EnumOption<T | ''>[] {
  return [{ value: '', label: blankLabel }, ...labelledOptions(values, labels)];
}
