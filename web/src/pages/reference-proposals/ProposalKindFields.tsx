// The fields only one kind of proposal has: a model's make, types and calibers; a make's countries.
import { Autocomplete, MultiSelect, TagsInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirearmType } from '../../api/types';
import { fieldError } from '../../components/ProblemMessage';
import { useCalibers, useMakes } from '../firearms/firearmQueries';
import { FIREARM_TYPES } from '../firearms/recoveryForm';
import { TAG_SEPARATORS, type ProposalForm } from './proposalForm';

interface FieldsProps {
  form: ProposalForm;
  patch: (patch: Partial<ProposalForm>) => void;
  error: unknown;
}

const unique = (names: readonly string[]) => [...new Set(names)];
const isType = (code: string): code is FirearmType => FIREARM_TYPES.some((type) => type === code);

/** A model belongs to a make already in the table, chosen with the recovery form's make autocomplete. */
export function ModelMakeField({ form, patch, error }: FieldsProps) {
  const { t } = useTranslation();
  const makes = useMakes(form.make.trim());
  return (
    <Autocomplete
      label={t('referenceProposals.form.make')}
      description={t('referenceProposals.form.makeHelp')}
      required
      data={unique((makes.data ?? []).map((m) => m.name))}
      value={form.make}
      onChange={(make) => patch({ make })}
      error={fieldError(error, 'make')}
    />
  );
}

export function ModelDetailFields({ form, patch, error }: FieldsProps) {
  const { t } = useTranslation();
  const [caliberSearch, setCaliberSearch] = useState('');
  const calibers = useCalibers(caliberSearch.trim());
  return (
    <>
      <MultiSelect
        label={t('referenceProposals.form.types')}
        required
        data={FIREARM_TYPES.map((code) => ({ value: code, label: `${code} · ${t(`firearmTypes.${code}`)}` }))}
        value={form.types}
        onChange={(types) => patch({ types: types.filter(isType) })}
        error={fieldError(error, 'types')}
      />
      <TagsInput
        label={t('referenceProposals.form.calibers')}
        description={t('referenceProposals.form.calibersHelp')}
        data={unique((calibers.data ?? []).map((c) => c.name))}
        value={form.calibers}
        onChange={(names) => patch({ calibers: names })}
        searchValue={caliberSearch}
        onSearchChange={setCaliberSearch}
        splitChars={TAG_SEPARATORS}
        error={fieldError(error, 'calibers')}
      />
    </>
  );
}

export function MakeCountriesField({ form, patch, error }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <TagsInput
      label={t('referenceProposals.form.countries')}
      description={t('referenceProposals.form.countriesHelp')}
      value={form.countries}
      onChange={(countries) => patch({ countries: countries.map((c) => c.trim().toUpperCase()) })}
      error={fieldError(error, 'countries')}
    />
  );
}
