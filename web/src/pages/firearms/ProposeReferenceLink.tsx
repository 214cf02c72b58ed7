// Where the description check keeps a make, model or caliber as free text, a link to propose adding it to the
// reference table, pre-filled. It opens in a new tab so the half-filled recovery form is not lost.
import { Anchor, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { FirearmDescriptionWarning } from '../../api/types';
import type { ProposalSearch } from '../reference-proposals/proposalForm';

/** What to propose for a "not in the reference table" warning, from the warning's own parameters. */
export function proposalFor(warning: FirearmDescriptionWarning): ProposalSearch | null {
  const param = (key: string) => String(warning.params[key] ?? '').trim();
  switch (warning.code) {
    case 'unknown_make':
      return { kind: 'make', name: param('make') };
    case 'unknown_model':
      return { kind: 'model', make: param('make'), name: param('model') };
    case 'unknown_caliber':
      return { kind: 'caliber', name: param('caliber') };
    default:
      return null;
  }
}

export function ProposeReferenceLink({ warning }: { warning: FirearmDescriptionWarning }) {
  const { t } = useTranslation();
  const search = proposalFor(warning);
  if (!search?.name) return null;
  return (
    <Anchor
      size="sm"
      fw={600}
      renderRoot={(props) => (
        <Link {...props} to="/reference-proposals" search={search} target="_blank" rel="noopener" />
      )}
    >
      {t('referenceProposals.proposeLink')}
      <VisuallyHidden> {t('referenceProposals.newTab')}</VisuallyHidden>
    </Anchor>
  );
}
