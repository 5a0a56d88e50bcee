package ir.shenava.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The active staff are a snapshot: a change must show at once, not when the snapshot's time runs out. */
@ShenavaIntegrationTest
class StaffDirectoryTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    StaffAccounts accounts;

    @Test
    void aNewRoleHolderAndADeactivationShowAtOnce() {
        directory.activeWithRole(Role.QUALITY_MANAGER);   // the snapshot is taken
        String username = "q" + UUID.randomUUID().toString().substring(0, 8);
        var profile = new StaffAccounts.Profile("کیفیت " + username, null, null, null, null, EnumSet.of(Role.QUALITY_MANAGER), true);
        long id = accounts.create(username, "password-123", profile).getId();

        assertThat(directory.activeWithRole(Role.QUALITY_MANAGER)).extracting(StaffSummary::username).contains(username);
        assertThat(directory.findActive(new StaffId(id))).isPresent();
        assertThat(directory.findActiveByUsername(username.toUpperCase())).map(StaffSummary::id).contains(new StaffId(id));
        assertThat(directory.activeNames()).containsEntry(id, "کیفیت " + username);

        accounts.update(id, new StaffAccounts.Profile(profile.fullName(), null, null, null, null,
                EnumSet.of(Role.QUALITY_MANAGER), false));
        assertThat(directory.activeWithRole(Role.QUALITY_MANAGER)).extracting(StaffSummary::username).doesNotContain(username);
        assertThat(directory.findActive(new StaffId(id))).isEmpty();
        assertThat(directory.activeNames()).doesNotContainKey(id);
        assertThat(directory.names()).containsEntry(id, "کیفیت " + username);   // who did what still shows
    }
}
