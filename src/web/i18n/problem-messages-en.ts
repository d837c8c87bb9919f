/**
 * The server titles its problems in Vietnamese only; these let the English interface say the same
 * thing. A code missing here falls back to the Vietnamese title, so new server codes never break.
 */
export const PROBLEM_MESSAGES_EN: Readonly<Record<string, string>> = {
  VALIDATION_FAILED: 'The submitted data is invalid',
  MALFORMED_JSON: 'The request body is not valid JSON',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  PAYLOAD_TOO_LARGE: 'The submitted data is too large',
  NOT_FOUND: 'Not found',
  AUTH_REQUIRED: 'Please sign in to continue',
  AUTH_INVALID_CREDENTIALS: 'Wrong username or password',
  AUTH_ACCOUNT_LOCKED: 'The account is temporarily locked after too many failed sign-ins',
  AUTH_ACCOUNT_DISABLED: 'The account has been deactivated',
  AUTH_WRONG_PASSWORD: 'The current password is wrong',
  CSRF_TOKEN_INVALID: 'Missing or wrong anti-forgery token; reload the page',
  FORBIDDEN: 'You are not allowed to do this',
  RATE_LIMITED: 'Too many requests; please try again later',
  VERSION_CONFLICT: 'Someone else changed this data; reload and try again',
  USERNAME_TAKEN: 'This username is already taken',
  AGENCY_CLOSED: 'The agency has been dissolved or merged',
  UNKNOWN_AGENCY: 'The agency does not exist',
  CALENDAR_OUT_OF_RANGE: 'The result lies outside the supported calendar years (1900–2199)',
  DATABASE_UNAVAILABLE: 'The database is temporarily unavailable; please try again later',
  SERVICE_SHUTTING_DOWN: 'The system is restarting; please try again in a moment',
  INTERNAL_ERROR: 'System error; it has been logged for follow-up',
  NETWORK_ERROR: 'Cannot reach the server; check the network and try again',
};
