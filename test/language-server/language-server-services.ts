import { EmptyFileSystem } from 'langium';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';

/** The language server's services, as the editor gets them, on an in-memory file system. */
export const services = createDpaLanguageServerServices(EmptyFileSystem).Dpa;

/** An agreement header written in German and English, for snippets of DPA text in tests. */
export const header = 'agreement Test {\n    languages de, en\n}\n';
