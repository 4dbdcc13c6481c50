import { ValidateIf } from 'class-validator';

/**
 * May be left out, but may not be null. class-validator's `@IsOptional()` skips validation for
 * null too, which lets `{"name": null}` through to code that expects a string.
 */
export const OmittableNotNull = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);
