// A request the playground refuses or a call that failed for a reason the user should read: a status and one line.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
