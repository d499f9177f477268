import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

/**
 * A modal dialog on the native <dialog> element opened with showModal(): the browser traps focus,
 * closes it on Escape and marks the rest of the window inert. Render it only while it is open;
 * unmounting closes it and puts focus back on whatever opened it.
 */
export function Dialog(props: {
  readonly title: string;
  /** Escape, a Cancel button or the parent unmounting it after a success. */
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
  /** Extra class for a feature's layout inside the dialog. */
  readonly className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const handle = (): void => onClose.current();
    dialog.addEventListener('close', handle);
    // No close() here: React's development double-run would queue a 'close' event that the
    // next run's listener then takes for the user closing the dialog. Removing the element on
    // unmount closes it; focus then goes back to the opener if nothing else has taken it.
    return () => {
      dialog.removeEventListener('close', handle);
      queueMicrotask(() => {
        if (
          opener !== null &&
          opener.isConnected &&
          (document.activeElement === null || document.activeElement === document.body)
        )
          opener.focus();
      });
    };
  }, []);
  const classes = ['cw-dialog', props.wide === true ? 'is-wide' : '', props.className ?? ''].filter(Boolean).join(' ');
  return (
    <dialog ref={ref} className={classes} aria-labelledby={titleId}>
      <h2 id={titleId} className="cw-dialog-title">
        {props.title}
      </h2>
      {props.children}
    </dialog>
  );
}

/** The buttons at the foot of a dialog or form: the primary action first. */
export function DialogButtons({ children }: { readonly children: ReactNode }) {
  return <div className="cw-button-row cw-dialog-buttons">{children}</div>;
}
