// The same model as the notebook's page reads: from the library, else a shipped example.
export { load } from '../+page';
