// Shows a failed request: the server's localised title and detail, plus any field messages no control shows.
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

export function ProblemMessage({
  error,
  placedFields = [],
}: {
  error: unknown;
  placedFields?: readonly string[];
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <Alert color="red" role="alert" title={t('common.networkError')}>
        {null}
      </Alert>
    );
  }
  const others = error.unplacedMessages(placedFields);
  return (
    <Alert color="red" role="alert" title={error.problem.title}>
      {error.problem.detail}
      {others.length > 0 && (
        <List size="sm" mt="xs">
          {others.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The server's message for one field, for a control's `error` prop (Mantine sets aria-invalid and aria-describedby). */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}
