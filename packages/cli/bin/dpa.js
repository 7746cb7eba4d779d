#!/usr/bin/env node
import { main } from '../out/main.js';

process.exitCode = await main(process.argv);
