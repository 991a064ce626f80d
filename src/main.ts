import { serve } from './app/serve.js';

// `npm start`: reads config, starts the app, stops it on SIGTERM/SIGINT (src/app/serve.ts, shared with
// `plan-graph serve`); nothing else.
process.exit(await serve(process.env));
