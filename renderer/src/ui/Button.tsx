import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import './ui.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  readonly variant?: ButtonVariant;
  /**
   * The action this button started is running: the button looks unavailable and ignores presses,
   * but keeps keyboard focus. (`disabled` would drop focus to the top of the page in Chromium, so a
   * keyboard user who pressed Enter would have to find their place again.) Use `disabled` only for
   * a button that cannot be used at all in the current state.
   */
  readonly busy?: boolean;
};

/**
 * A button in one of four looks. Primary is the one main action of a form or dialog and is
 * visibly filled; secondary (the default) is outlined; danger is for deleting; link reads as text.
 */
export function Button({
  variant = 'secondary',
  busy = false,
  className,
  type = 'button',
  onClick,
  ...rest
}: ButtonProps) {
  const classes = ['cw-button', `is-${variant}`, className ?? ''].filter(Boolean).join(' ');
  const press = (event: MouseEvent<HTMLButtonElement>): void => {
    // A busy submit button must not submit its form again.
    if (busy) event.preventDefault();
    else onClick?.(event);
  };
  return (
    <button
      type={type}
      className={classes}
      {...rest}
      aria-disabled={busy || rest['aria-disabled'] === true || rest['aria-disabled'] === 'true' ? true : undefined}
      onClick={press}
    />
  );
}
