/** Fault matrix, shard 6 of 6 (see test/support/faults.ts). */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(5, 6, operations);
