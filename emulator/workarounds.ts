/**
 * The app's reviewed exceptions to GHL's OpenAPI documents, each declared next to its operation (`specWorkarounds`):
 * the list the fixture suite and the emulator hand to the spec checker (emulator/spec.ts).
 */
import { operations } from '../registry';
import { workaroundsOf, type Workaround } from './spec';

export const WORKAROUNDS: Workaround[] = workaroundsOf(operations.map((o) => o.decl));
