/** The engine worker: runs `engineApi` off the main thread (see client.ts for how it is called). */
import { expose } from 'comlink';
import { engineApi } from './api.ts';

expose(engineApi);
