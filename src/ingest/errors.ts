/** A report the ingester refuses, with what is wrong; nothing has been written when it is thrown. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
  }
}
