/**
 * Names for the parts of a generated API: the JSON answer of an operation for one status, and a
 * component schema. `Paths` is a generated `paths` interface (IdentificationApi.paths, …).
 */
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

type ResponsesOf<Operation> = Operation extends { responses: infer R } ? R : never;

export type AnswerOf<
  Paths,
  Path extends keyof Paths,
  M extends Method & keyof Paths[Path],
  Status extends keyof ResponsesOf<Paths[Path][M]>,
> = ResponsesOf<Paths[Path][M]>[Status] extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

export type RequestBodyOf<
  Paths,
  Path extends keyof Paths,
  M extends Method & keyof Paths[Path],
> = Paths[Path][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
