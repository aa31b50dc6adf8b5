import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { ErrorBox } from './states';

/**
 * Which of the form's fields a BAD_USER_INPUT names: the field itself, the nearest field it lies in
 * (`input.people[0].dateOfBirth[1]` → `input.people[0].dateOfBirth`), or the first field inside it
 * (`input.partner` → `input.partner.name`). Null when the error names no field of the form.
 */
export function fieldOfError(error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError) || error.field === null) {
    return null;
  }
  const named = error.field;
  const containing = fields
    .filter((field) => named === field || named.startsWith(`${field}.`) || named.startsWith(`${field}[`))
    .sort((left, right) => right.length - left.length)[0];
  if (containing) {
    return containing;
  }
  return fields.find((field) => field.startsWith(`${named}.`) || field.startsWith(`${named}[`)) ?? null;
}

export function errorId(field: string): string {
  return `error-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The attributes that tie an input to the error shown next to it. */
export function invalidProps(field: string, errorField: string | null) {
  return errorField === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};
}

/** The API's message next to the field it names (with its code, as everywhere in the app). */
export function FieldError({ field, errorField, error }: { field: string; errorField: string | null; error: unknown }) {
  if (errorField !== field) {
    return null;
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : 'CLIENT_ERROR';
  return (
    <p className="field-error" id={errorId(field)} role="alert">
      {message} <code className="error-code">{code}</code>
    </p>
  );
}

/** An error of a form: shown next to its field when it names one, else above the form's buttons. */
export function FormError({ error, errorField }: { error: unknown; errorField: string | null }) {
  if (error === null || errorField !== null) {
    return null;
  }
  return <ErrorBox error={error} />;
}

/** What a form's last submit left: the API's error and the form field it names. */
export interface FormCheck {
  error: unknown;
  errorField: string | null;
}

/**
 * A labelled control with the API's error for its field beside it. The control is drawn by
 * `children` with the attributes it must carry: the label's id and, when the error names it,
 * aria-invalid and aria-describedby.
 */
export function Field({
  id,
  label,
  field,
  check,
  children,
}: {
  id: string;
  label: string;
  field: string;
  check: FormCheck;
  children: (control: { id: string } & ReturnType<typeof invalidProps>) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...invalidProps(field, check.errorField) })}
      <FieldError field={field} errorField={check.errorField} error={check.error} />
    </div>
  );
}
