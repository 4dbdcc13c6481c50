import { ConflictException, NotFoundException } from '@nestjs/common';

/** 404 that says the same for "missing" and "another tenant's": existence never leaks. */
export class RecordNotFound extends NotFoundException {
  constructor(entity: string) {
    super(`${entity} not found`);
  }
}

/** 409 for a write against a version that is no longer current. */
export class StaleVersion extends ConflictException {
  constructor(entity: string) {
    super(`${entity} was changed by someone else; reload it and try again`);
  }
}
