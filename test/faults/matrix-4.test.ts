/** Fault matrix, shard 5 of 6 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(4, 6, operations);
