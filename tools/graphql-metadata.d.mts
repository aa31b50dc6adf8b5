/** Where the generated metadata lives: src/graphql-schema/graphql-metadata.ts. */
export declare const METADATA_FILE: string;
/** The text of that file as the model classes below `sourceDirectory` (default src/) make it now. */
export declare function renderGraphqlMetadata(sourceDirectory?: string): string;
