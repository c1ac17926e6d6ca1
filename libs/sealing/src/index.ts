export * from './envelope-cipher';
