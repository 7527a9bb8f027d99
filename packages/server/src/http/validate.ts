import type * as z from 'zod';

/** Parses input at the edge; a failure throws a ZodError that the error handler turns into a 400. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  return schema.parse(input);
}
