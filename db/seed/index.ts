export { seedCounties } from "./counties";
export { seedSyntheticOpportunities } from "./synthetic";
