// A TLP 2.0 label in its official colours on black. Never translated: TLP:AMBER reads the same everywhere.
import type { CSSProperties } from 'react';

export type Tlp = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED';

// FIRST TLP 2.0 colours (text on black background).
const COLOURS: Record<Tlp, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};

export function TlpLabel({ tlp }: { tlp: Tlp }) {
  const style: CSSProperties = {
    display: 'inline-block',
    background: '#000000',
    color: COLOURS[tlp],
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontWeight: 700,
    fontSize: '0.75rem',
    lineHeight: 1.4,
    padding: '1px 6px',
    borderRadius: 3,
    whiteSpace: 'nowrap',
  };
  return (
    <span style={style} lang="en" translate="no">
      TLP:{tlp}
    </span>
  );
}
