package ir.shenava.staff;

import java.time.Instant;

/**
 * A staff member's two-factor login was turned on, turned off, or reset by an administrator (a lost
 * phone): the owner is told by mail, so that a change they did not make does not go unnoticed.
 *
 * @param email null when the person has no address on file
 * @param by    the username of whoever made the change (the person themselves or the administrator)
 */
public record StaffTwoFactorChanged(long staffId, String username, String fullName, String email, Change change,
                                    String by, Instant at) {

    public enum Change { TURNED_ON, TURNED_OFF, RESET }
}
