// Test factories: an agency, an officer, a citizen and a dossier in a given state, each in one call.
export { makeAgency, makeCitizen, makeOfficer, officerClient, type MadeAgency, type MadeCitizen, type MadeOfficer } from './people.ts';
export { makeDossier, reachableStates, type MadeDossier, type ReachableState } from './dossier.ts';
