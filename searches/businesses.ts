import { searches } from '../lib/op';

export default searches([]);
