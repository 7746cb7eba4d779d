export { generateJson } from './json-generator.js';
