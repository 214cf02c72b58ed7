// After a refused save: every field error in one summary, each a link to its control, and the summary focused and
// scrolled into view, so a keyboard or screen-reader user lands on what to fix (the fields keep their own messages).
import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { ProblemMessage } from '../../components/ProblemMessage';
import { formFieldOf, recoveryInputId } from './recoveryForm';

export function RecoveryErrorSummary({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error || !summary.current) return;
    summary.current.focus({ preventScroll: true });
    summary.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [error]);

  if (!error) return null;
  if (!(error instanceof ApiError)) return <ProblemMessage error={error} />;
  const goTo = (id: string) => {
    const input = document.getElementById(id);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  };
  return (
    <Alert
      ref={summary}
      tabIndex={-1}
      color="red"
      role="alert"
      title={error.problem.title}
      data-testid="error-summary"
      // Scrolled to below the sticky header, not under it.
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-md))' }}
    >
      {error.problem.detail}
      {(error.problem.errors ?? []).length > 0 && (
        <List size="sm" mt="xs">
          {(error.problem.errors ?? []).map((e) => {
            const field = formFieldOf(e.field);
            const label = field ? t(`recordRecovery.${field}`) : null;
            const text = label ? `${label}: ${e.message}` : e.message;
            const id = field ? recoveryInputId(field) : null;
            return (
              <List.Item key={`${e.field}:${e.code}`}>
                {id ? (
                  <Anchor
                    href={`#${id}`}
                    size="sm"
                    onClick={(event) => {
                      event.preventDefault();
                      goTo(id);
                    }}
                  >
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
