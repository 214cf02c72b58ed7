// Maps zod validation issues to localisable field errors, so every language gets a message per field.
import type { z } from 'zod';
import type { FieldError } from './appError';

export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    switch (issue.code) {
      case 'invalid_type':
        errors.push(
          issue.input === undefined
            ? { field: path, message: 'required' }
            : { field: path, message: 'invalid_type', params: { expected: issue.expected } },
        );
        break;
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) {
          errors.push({ field: path, message: 'required' });
          break;
        }
        errors.push({
          field: path,
          message: issue.origin === 'string' ? 'too_short' : 'too_small',
          params: { minimum: Number(issue.minimum) },
        });
        break;
      case 'too_big':
        errors.push({
          field: path,
          message: issue.origin === 'string' ? 'too_long' : 'too_big',
          params: { maximum: Number(issue.maximum) },
        });
        break;
      case 'invalid_value':
        errors.push({
          field: path,
          message: 'invalid_value',
          params: { options: issue.values.map(String).join(', ') },
        });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          errors.push({ field: [path, key].filter(Boolean).join('.'), message: 'unknown_field' });
        break;
      case 'invalid_format': {
        const message =
          issue.format === 'email'
            ? 'invalid_email'
            : issue.format === 'uuid'
              ? 'invalid_uuid'
              : issue.format === 'datetime'
                ? 'invalid_datetime'
                : 'invalid_format';
        errors.push({ field: path, message });
        break;
      }
      case 'custom': {
        const message =
          (issue.params as { message?: FieldError['message'] } | undefined)?.message ?? 'invalid';
        errors.push({ field: path, message });
        break;
      }
      case 'invalid_union': {
        // A body that fits no branch of a union (e.g. a hop answer: "not in my records", or a date and whom it went
        // to) gets the errors of the branch it came closest to, so each field says what it lacks, not one "invalid".
        const branch = closestBranch(issue.errors);
        if (branch) errors.push(...fieldErrorsFromZod(branch, path));
        else errors.push({ field: path, message: 'invalid' });
        break;
      }
      default:
        errors.push({ field: path, message: 'invalid' });
    }
  }
  return errors;
}

/**
 * The union branch a body most likely meant: one whose keys it does not contradict (no unknown keys), then the one
 * with the fewest problems. None when no branch says anything useful.
 */
function closestBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | null {
  const ranked = branches
    .filter((issues) => issues.length > 0)
    .map((issues) => ({
      issues,
      unknownKeys: issues.some((i) => i.code === 'unrecognized_keys') ? 1 : 0,
    }))
    .sort((a, b) => a.unknownKeys - b.unknownKeys || a.issues.length - b.issues.length);
  return ranked[0]?.issues ?? null;
}
