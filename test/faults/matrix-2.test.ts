/** Fault matrix, shard 3 of 6 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(2, 6, operations);
