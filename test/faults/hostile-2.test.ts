/** Hostile path values, shard 3 of 3 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeHostileIds } from '../support/faults';

describeHostileIds(2, 3, operations);
