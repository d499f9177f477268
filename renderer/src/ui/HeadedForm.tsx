import { useId, type FormEvent, type ReactNode } from 'react';

/**
 * A form that starts with its own heading and is named by it, so a screen reader's list of forms
 * reads "Add a finding" rather than an unnamed form.
 */
export function HeadedForm(props: {
  readonly title: ReactNode;
  /** The heading's level where the form stands in the page's outline. */
  readonly headingLevel: 2 | 3;
  readonly className?: string;
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form className={props.className} onSubmit={props.onSubmit} aria-labelledby={headingId}>
      <Heading id={headingId}>{props.title}</Heading>
      {props.children}
    </form>
  );
}
