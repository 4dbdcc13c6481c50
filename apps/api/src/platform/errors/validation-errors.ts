import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { ProblemFieldError } from './problem';

/** Thrown by the global ValidationPipe: carries every failed constraint with its JSON Pointer. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: ProblemFieldError[]) {
    super(fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): ProblemFieldError[] {
  const out: ProblemFieldError[] = [];
  for (const error of errors) {
    const path = `${parent}/${escapePointer(error.property)}`;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ path, message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}
