// How far an upload has got: the bytes sent, then, once the whole file is out, that the server is working on it
// (a 256 MB A&D file takes a while on either side). Screen readers hear the switch to the server's part, not every
// percent (the bar's value text has those for whoever asks).
import { Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../app/formatting';
import type { UploadProgress } from '../api/uploadWithProgress';

/** `processing`: what the server does once the whole file is in ("checking and saving its rows"). */
export function UploadProgressBar({
  progress,
  processing,
}: {
  progress: UploadProgress;
  processing: string;
}) {
  const { t, i18n } = useTranslation();
  const sent = progress.total > 0 && progress.sent >= progress.total;
  const percent = progress.total > 0 ? Math.round((100 * progress.sent) / progress.total) : 0;
  const text = sent
    ? processing
    : t('upload.sending', {
        sent: formatSize(progress.sent, i18n.language),
        total: formatSize(progress.total, i18n.language),
        percent,
      });
  return (
    <Stack gap={4} data-testid="upload-progress">
      <Progress.Root>
        {/* Mantine's own ARIA would say only "34%"; this one says what is happening. */}
        <Progress.Section
          value={sent ? 100 : percent}
          animated={sent}
          striped={sent}
          withAria={false}
          role="progressbar"
          aria-label={t('upload.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={sent ? 100 : percent}
          aria-valuetext={text}
        />
      </Progress.Root>
      <Text size="sm" c="dimmed" aria-hidden>
        {text}
      </Text>
      <VisuallyHidden aria-live="polite">{sent ? processing : ''}</VisuallyHidden>
    </Stack>
  );
}
