/**
 * Two-factor login of staff: RFC 6238 codes from an authenticator app (the secret encrypted with
 * the platform's key that is not in the database), one-time recovery codes, the person's own setup
 * page, and the administrator's rule that administrators and the CEO must use it. The login's
 * second step itself lives beside the form login in {@code staff.security}.
 */
package ir.shenava.staff.twofactor;
