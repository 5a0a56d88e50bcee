package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile fills an empty database (its own, so the shared test database stays as it is). */
@SpringBootTest(properties = "shenava.data-dir=target/demo-test-data")
@ActiveProfiles({"test", "demo"})
class DemoProfileTest {

    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewcomerSeesALivingCompany() {
        assertThat(staff.active()).hasSizeGreaterThanOrEqualTo(12);
        Set<Role> roles = staff.active().stream().flatMap(s -> s.roles().stream()).collect(Collectors.toSet());
        assertThat(roles).containsAll(EnumSet.allOf(Role.class));
        assertThat(staff.managersOf(staff.findByUsername("sales1").orElseThrow().id()))
                .extracting(s -> s.username()).containsExactly("sales.mgr", "sales.head", "ceo");

        assertThat(jdbc.queryForObject("select count(*) from customer where verified", Integer.class)).isEqualTo(60);
        // three complainants nobody had entered became unverified customers, for staff to verify or merge
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from customer where not verified", Integer.class)).isEqualTo(3));
        assertThat(jdbc.queryForObject("select count(*) from customer c where not exists "
                + "(select 1 from contact k where k.customer_id = c.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer c where verified and not exists "
                + "(select 1 from equipment e where e.customer_id = c.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer where verified and search_text like '%0912%'", Integer.class))
                .isEqualTo(60);

        // a year of services, most with a complete confirmation form, some missing or unsigned
        assertThat(jdbc.queryForObject("select count(*) from service_record where status = 'DONE'", Integer.class))
                .isGreaterThan(150);
        assertThat(jdbc.queryForObject("select count(*) from installation_milestone", Integer.class)).isGreaterThan(60);
        assertThat(jdbc.queryForObject("select count(*) from service_confirmation where signed", Integer.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select count(*) from service_confirmation where not signed", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from service_record r where r.type <> 'SALE' and not exists "
                + "(select 1 from service_confirmation c where c.record_id = r.id)", Integer.class)).isPositive();

        // a year of complaints across every channel, matched to the demo customers
        assertThat(jdbc.queryForObject("select count(distinct channel) from complaint", Integer.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from complaint where customer_id is not null", Integer.class))
                .isGreaterThan(100);

        // cases in every state of the workflow, some overdue
        assertThat(jdbc.queryForObject("select count(*) from complaint_case", Integer.class)).isEqualTo(
                jdbc.queryForObject("select count(*) from complaint", Integer.class));
        assertThat(jdbc.queryForList("select distinct state from complaint_case", String.class))
                .contains("ACKNOWLEDGED", "ASSESSED", "UNDER_INVESTIGATION", "RESPONSE_PROPOSED", "AWAITING_CONFIRMATION",
                        "CLOSED", "REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from complaint_case where state not in ('CLOSED', 'REJECTED') "
                + "and resolution_due_at < now()", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from case_assignment", Integer.class)).isPositive();

        // a year of follow-up calls: most reached, some unreachable or refused, some dissatisfied answers; calls due today
        assertThat(jdbc.queryForObject("select count(*) from survey where completed_at is not null", Integer.class)).isGreaterThan(40);
        assertThat(jdbc.queryForList("select distinct status from follow_up_call", String.class))
                .contains("COMPLETED", "UNREACHABLE", "PENDING");
        assertThat(jdbc.queryForObject("select count(*) from dissatisfaction_reason_use where source = 'SURVEY'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from follow_up_call where status = 'PENDING' and due_at <= now()",
                Integer.class)).isPositive();
    }
}
