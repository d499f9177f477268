import { scoreAllCases } from '../insight';
await scoreAllCases();
