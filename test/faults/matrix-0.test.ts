/** Fault matrix, shard 1 of 6 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(0, 6, operations);
