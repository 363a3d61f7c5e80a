/** Fault matrix, shard 4 of 6 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(3, 6, operations);
