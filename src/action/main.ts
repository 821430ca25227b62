import { nodeActionPorts } from './node-ports.js';
import { run } from './run.js';

process.exitCode = await run(nodeActionPorts());
