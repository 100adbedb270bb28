/** ECS: ten tasks with a base of 2 on FARGATE and weights 1 : 3. */
import { CapacityStrategy10 } from './CapacityStrategy';

export default CapacityStrategy10;
