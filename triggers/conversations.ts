import { triggers } from '../lib/op';

export default triggers([]);
