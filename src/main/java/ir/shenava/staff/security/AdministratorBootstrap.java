package ir.shenava.staff.security;

import java.util.EnumSet;

import ir.shenava.staff.Role;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.staff.internal.StaffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start there is nobody to sign in: create the administrator, with the
 * password from {@code SHENAVA_ADMIN_PASSWORD} or a random one printed once in the log.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final StaffAccounts accounts;
    private final String configuredPassword;

    AdministratorBootstrap(StaffRepository staff, DepartmentRepository departments, StaffAccounts accounts,
                           @Value("${shenava.admin-password:}") String configuredPassword) {
        this.staff = staff;
        this.departments = departments;
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? StaffAccounts.randomPassword() : configuredPassword;
        Long management = departments.findByCode("MANAGEMENT").map(d -> d.getId()).orElse(null);
        accounts.create("admin", password, new StaffAccounts.Profile("مدیر سامانه", null, null, management, null,
                EnumSet.of(Role.ADMIN), true));
        if (generated) {
            log.warn("""

                    ============================================================
                     Shenava: the administrator account was created.
                     username: admin
                     password: {}
                     (shown once; you must change it at first login)
                    ============================================================""", password);
        } else {
            log.info("Shenava: administrator 'admin' created with the password from SHENAVA_ADMIN_PASSWORD");
        }
    }
}
