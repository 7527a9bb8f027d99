import * as z from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    reachable: z.boolean(),
    migrationsPending: z.number().int().nonnegative(),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
