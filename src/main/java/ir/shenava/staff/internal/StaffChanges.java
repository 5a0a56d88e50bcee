package ir.shenava.staff.internal;

import ir.shenava.platform.DataVersion;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Entity listener of staff and departments: whatever path writes them (the staff pages, the first
 * administrator, a failed login), the staff directory's snapshot of the active staff is read again.
 */
public class StaffChanges {

    public static final DataVersion VERSION = new DataVersion();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        VERSION.changed();
    }
}
