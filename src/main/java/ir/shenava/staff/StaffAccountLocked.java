package ir.shenava.staff;

import java.time.Instant;

/**
 * A staff account was locked after too many wrong passwords in a row: the owner is told by mail
 * (the login page says the same thing to everybody, so it cannot tell them).
 *
 * @param email    null when the person has no address on file
 * @param address  where the last wrong password came from
 */
public record StaffAccountLocked(long staffId, String username, String fullName, String email, Instant lockedUntil,
                                 String address) {
}
