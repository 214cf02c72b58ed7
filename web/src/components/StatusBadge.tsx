// A small filled status label. Colours are fixed so white text keeps at least 4.5:1 contrast (WCAG AA).
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

// A long label (Spanish and French ones are) wraps inside a narrow table cell instead of being cut to "EN ESPER…".
const WRAPPING = {
  root: { flexShrink: 0, height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.25 },
} as const;

export type Tone = 'positive' | 'negative' | 'pending' | 'neutral' | 'info';

const TONES: Record<Tone, string> = {
  positive: '#1b5e20',
  negative: '#b71c1c',
  pending: '#7a4f00',
  neutral: '#495057',
  info: '#3b4cb8',
};

export function StatusBadge({
  tone,
  size = 'sm',
  children,
  ...rest
}: {
  tone: Tone;
  size?: 'xs' | 'sm' | 'md';
  children: ReactNode;
  'aria-hidden'?: boolean | 'true';
  'data-testid'?: string;
}) {
  return (
    <Badge color={TONES[tone]} variant="filled" size={size} radius="sm" styles={WRAPPING} {...rest}>
      {children}
    </Badge>
  );
}
