export * from './api-decorators';
export * from './error-responses';
export * from './openapi-document';
export * from './openapi.controller';
export * from './openapi-document-check';
