// After a refused submit, focus moves to what needs fixing (the first field marked invalid, else the error message),
// so a keyboard or screen-reader user is not left on the page body when the button they pressed re-renders.
import { useEffect, type RefObject } from 'react';

export function useFocusOnError(container: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error || !container.current) return;
    const target =
      container.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      container.current.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [container, error]);
}
