/**
 * Fault matrix, shard 6 of 13 (see test/support/faults.ts). 13 shards keep each file under 250 runs: core's
 * handler force-exits a test file's process after 250 invocations once RSS is above 450 MB.
 */
import { operations } from '../../registry';
import { describeMatrix } from '../support/faults';

describeMatrix(5, 13, operations);
