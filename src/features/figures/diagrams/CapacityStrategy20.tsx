/** Fargate: twenty tasks with a base of 4 on FARGATE and weights 1 : 3. */
import { CapacityStrategy20 } from './CapacityStrategy';

export default CapacityStrategy20;
