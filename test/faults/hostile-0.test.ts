/** Hostile path values, shard 1 of 3 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeHostileIds } from '../support/faults';

describeHostileIds(0, 3, operations);
