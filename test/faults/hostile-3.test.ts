/** Hostile path values, shard 3 of 5 (under 250 runs per file, see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeHostileIds } from '../support/faults';

describeHostileIds(2, 5, operations);
