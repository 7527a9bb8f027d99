import { organisations } from './organisations.js';
import { scenarios } from './scenarios.js';
import type { Organisation, Scenario } from './types.js';

export * from './types.js';
export { definition } from './definition.js';
export { crimeTypes } from './crime-types.js';
export { awarenessPoints } from './awareness.js';
export { scenarios } from './scenarios.js';
export { organisations, emergency } from './organisations.js';
export { sources } from './sources.js';
export { notYourFault } from './not-your-fault.js';
export { reportingChannels } from './reporting-channels.js';

/** The scenario with this id; throws if there is none. */
export function scenarioById(id: string): Scenario {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown scenario id: ${id}`);
  return found;
}

/** The organisation with this id; throws if there is none. */
export function organisationById(id: string): Organisation {
  const found = organisations.find((o) => o.id === id);
  if (!found) throw new Error(`Unknown organisation id: ${id}`);
  return found;
}
export { THREAT_STEP_IDS, threatAdvice, threatAdviceSchema, threatStep } from './threat-advice.js';
export {
  STATION_RULE_STEP, accompanyingOrganisations, accompanyingOrganisationsSchema, stationAdvice, stationLinks,
  stationLinksSchema,
} from './station-helper.js';
