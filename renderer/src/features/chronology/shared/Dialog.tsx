import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns
 * focus to where it was, all done by the browser.
 */
export function Dialog(props: { readonly title: string; readonly onClose: () => void; readonly children: ReactNode; readonly wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    const handle = (): void => onClose.current();
    dialog.addEventListener('close', handle);
    // No close() here: React's development double-run would queue a 'close' event that the
    // next run's listener then takes for the user closing the dialog. Removing the element on
    // unmount closes it anyway.
    return () => dialog.removeEventListener('close', handle);
  }, []);
  return (
    <dialog ref={ref} className={`cw-dialog${props.wide === true ? ' is-wide' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
