import { SetMetadata } from '@nestjs/common';

export const NO_TRANSACTION = 'trellis:no-transaction';

/** For handlers that manage their own transactions (sign-in) or stream (server-sent events). */
export const NoTransaction = (): MethodDecorator & ClassDecorator =>
  SetMetadata(NO_TRANSACTION, true);
