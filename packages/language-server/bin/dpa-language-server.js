#!/usr/bin/env node
import { startDpaLanguageServer } from '../out/main.js';

startDpaLanguageServer();
