// A chemical structure drawn by RDKit on the server (SVG), as an image whose alt text names the chemical.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StructureImage({
  url,
  name,
  size,
  alt,
}: {
  url: string | null;
  name: string;
  size: number;
  /** Defaults to "Structure of <name>". */
  alt?: string;
}) {
  const { t } = useTranslation();
  if (!url) {
    return (
      <Text size="xs" c="dimmed" w={size}>
        {t('chemicals.noStructure')}
      </Text>
    );
  }
  return (
    <img
      src={url}
      alt={alt ?? t('chemicals.structureOf', { name })}
      width={size}
      height={size}
      loading="lazy"
      style={{ background: '#fff', border: '1px solid #dee2e6', borderRadius: 4, objectFit: 'contain' }}
    />
  );
}
