package ir.shenava.staff.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import ir.shenava.staff.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code --spring.profiles.active=demo}: a believable company of twelve people across every role,
 * so that a newcomer sees a living system. Runs only while the administrator is alone.
 */
@Component
@Profile("demo")
@Order(10)
class StaffDemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-pass-1234";
    private static final Logger log = LoggerFactory.getLogger(StaffDemoData.class);

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;

    StaffDemoData(StaffRepository staff, DepartmentRepository departments, StaffAccounts accounts, PasswordEncoder encoder) {
        this.staff = staff;
        this.departments = departments;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    private record Person(String username, String name, String mobile, String department, String manager, Role... roles) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (staff.count() > 1) {
            return;
        }
        Person[] people = {
            new Person("ceo", "دکتر محمد رضوی", "09121000001", "MANAGEMENT", null, Role.CEO),
            new Person("sales.head", "فرهاد صالحی", "09121000002", "SALES", "ceo", Role.SENIOR_MANAGER, Role.MANAGER),
            new Person("tech.head", "مهندس نسرین تهرانی", "09121000003", "TECHNICAL", "ceo", Role.SENIOR_MANAGER, Role.TECHNICAL_MANAGER),
            new Person("service.head", "کامران یزدانی", "09121000004", "AFTER_SALES", "ceo", Role.SENIOR_MANAGER, Role.MANAGER),
            new Person("quality", "لیلا شریفی", "09121000005", "QUALITY", "ceo", Role.QUALITY_MANAGER),
            new Person("sales.mgr", "بهزاد کاظمی", "09121000006", "SALES", "sales.head", Role.MANAGER),
            new Person("sales1", "مریم احمدی", "09121000007", "SALES", "sales.mgr", Role.SALES_EXPERT),
            new Person("sales2", "علی‌اکبر نوری", "09121000008", "SALES", "sales.mgr", Role.SALES_EXPERT),
            new Person("tech1", "حمید رستمی", "09121000009", "TECHNICAL", "tech.head", Role.TECHNICAL_EXPERT),
            new Person("tech2", "سمیرا قاسمی", "09121000010", "TECHNICAL", "tech.head", Role.TECHNICAL_EXPERT),
            new Person("tech3", "رضا مرادی", "09121000011", "AFTER_SALES", "service.head", Role.TECHNICAL_EXPERT),
            new Person("caller", "زهرا کریمی", "09121000012", "QUALITY", "quality", Role.CALLER),
        };
        Map<String, Long> ids = new HashMap<>();
        for (Person p : people) {
            Long department = departments.findByCode(p.department()).map(Department::getId).orElse(null);
            Staff created = accounts.create(p.username(), PASSWORD, new StaffAccounts.Profile(p.name(),
                    p.username() + "@example.ir", p.mobile(), department, p.manager() == null ? null : ids.get(p.manager()),
                    EnumSet.of(p.roles()[0], p.roles()), true));
            created.changeOwnPassword(encoder.encode(PASSWORD));
            ids.put(p.username(), created.getId());
        }
        log.info("Demo: {} staff created; each signs in with the password '{}'", people.length, PASSWORD);
    }
}
