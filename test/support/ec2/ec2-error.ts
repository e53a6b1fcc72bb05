// EC2's errors as the double sends them: a code, AWS's message, and the HTTP status EC2 gives that
// code, in EC2's XML shape. Statuses: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
// (server errors such as InsufficientInstanceCapacity are 5xx, RequestLimitExceeded is 503, client
// errors 400), UnauthorizedOperation 403 and AuthFailure 401 as EC2 answers them
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/query-api-troubleshooting.html).

/** Codes EC2 answers with a status other than 400. */
const STATUS: Record<string, number> = {
  InsufficientInstanceCapacity: 500,
  InsufficientCapacity: 500,
  InsufficientAddressCapacity: 500,
  InternalError: 500,
  Unavailable: 503,
  RequestLimitExceeded: 503,
  UnauthorizedOperation: 403,
  AuthFailure: 401,
};

/** An error the double answers with; any handler may throw one. */
export class Ec2ApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'Ec2ApiError';
    this.code = code;
    this.status = STATUS[code] ?? 400;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);
}

/** `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`, EC2's error body. */
export function errorXml(error: Ec2ApiError, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Response><Errors><Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
    `</Error></Errors><RequestID>${requestId}</RequestID></Response>`
  );
}
