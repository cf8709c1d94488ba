export { seedCounties, maineCounties } from "./counties";
export { seedDemo, seedDemoIfEmpty } from "./demo";
export { seedSyntheticOpportunities } from "./synthetic";
