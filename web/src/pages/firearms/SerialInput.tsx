// A firearm's serial as the recording forms ask for it: monospace, so 0 and O or 1 and l read apart; no browser
// autocompletion, since one gun's serial is no guide to the next. Each form keeps its own texts.
import { TextInput, type TextInputProps } from '@mantine/core';
import { fieldError } from '../../components/ProblemMessage';

export function SerialInput({
  value,
  onChange,
  error,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  value: string;
  onChange: (serial: string) => void;
  // The form's failed request, whose problem may name the serial.
  error: unknown;
}) {
  return (
    <TextInput
      {...props}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={fieldError(error, 'serial')}
      styles={{ input: { fontFamily: 'monospace' } }}
      maw={360}
      autoComplete="off"
    />
  );
}
