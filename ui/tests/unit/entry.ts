// The pure modules the unit tests exercise, bundled for node by
// scripts/build-units.mjs (node cannot run TypeScript itself).
export { parseState, serializeState, DEFAULT_STATE } from "../../src/state/viewState";
export { foldText } from "../../src/state/text";
export { segmentText } from "../../src/ui/documentReader";
export { groupRelations } from "../../src/ui/nodePanel";
export { buildGraph, towardsWhite, communityColors, applyAppearance, edgeHolds } from "../../src/graph/model";
export { toGraphML, toJSON } from "../../src/graph/export";
export { StaticApi } from "../../src/api/static";
export { visibilityFor } from "../../src/app/session";
export { lensIdFromPath, lensInputOf, stateOfLens } from "../../src/state/lens";
