package ir.shenava.staff;

/** Other modules refer to a staff member by this id, never by entity. */
public record StaffId(long value) {

    public static StaffId of(Long value) {
        return value == null ? null : new StaffId(value);
    }
}
