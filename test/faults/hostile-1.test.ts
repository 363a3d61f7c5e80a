/** Hostile path values, shard 2 of 3 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeHostileIds } from '../support/faults';

describeHostileIds(1, 3, operations);
