import { creates } from '../lib/op';

export default creates([]);
