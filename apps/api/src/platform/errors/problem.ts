import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProblemFieldError {
  @ApiProperty({ example: '/email', description: 'JSON Pointer to the offending field' })
  path!: string;

  @ApiProperty({ example: 'must be an email' })
  message!: string;
}

/** RFC 9457 problem details: the one error shape of the whole API. */
export class Problem {
  @ApiProperty({ example: 'https://trellis.dev/problems/validation' })
  type!: string;

  @ApiProperty({ example: 'Validation failed' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiPropertyOptional({ example: 'email must be an email' })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/users' })
  instance?: string;

  @ApiPropertyOptional({ type: [ProblemFieldError] })
  errors?: ProblemFieldError[];

  @ApiPropertyOptional({ description: 'Correlates with the server logs' })
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'rate-limited',
  500: 'internal',
  503: 'unavailable',
};

export function problemType(status: number, slug?: string): string {
  return `https://trellis.dev/problems/${slug ?? SLUGS[status] ?? `http-${status}`}`;
}

export function problemTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server error' : 'Client error');
}
