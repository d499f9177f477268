import type { ButtonHTMLAttributes } from 'react';
import './ui.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

/**
 * A button in one of four looks. Primary is the one main action of a form or dialog and is
 * visibly filled; secondary (the default) is outlined; danger is for deleting; link reads as text.
 */
export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { readonly variant?: ButtonVariant }) {
  const classes = ['cw-button', `is-${variant}`, className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
