import { serve } from './serve.js';

// `npm start`: reads config, starts the app, stops it on SIGTERM/SIGINT (src/serve.ts, shared with
// `plan-graph serve`); nothing else.
process.exit(await serve(process.env));
