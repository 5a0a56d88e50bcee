package ir.shenava.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** V37 repairs what the old take-back left behind: access rows of people off the chain, finished tasks under withdrawn ones. */
@ShenavaIntegrationTest
class LiveChainRepairMigrationTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseAssignments assignments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRepairLeavesExactlyTheLiveChainOnTheAccessList() throws Exception {
        Person ceo = support.person(Role.CEO, null);
        Person senior = support.person(Role.SENIOR_MANAGER, ceo);
        Person expert = support.person(Role.SALES_EXPERT, senior);
        Person stays = support.person(Role.SALES_EXPERT, senior);
        long id = support.complaint(Channel.CEO_PAGE, "ترمیم " + UUID.randomUUID(), null).getId();
        support.caseOf(id);
        long first = assignments.assign(id, ceo.actor(), senior.id(), "بررسی", LocalDate.now().plusDays(2)).getId();
        long below = assignments.assign(id, senior.actor(), expert.id(), "تماس", LocalDate.now().plusDays(2)).getId();
        assignments.assign(id, ceo.actor(), stays.id(), "گزارش", LocalDate.now().plusDays(2));
        // what the old code left: the first task taken back, the one below it finished, both still on the list
        jdbc.update("update case_assignment set state = 'TAKEN_BACK' where id = ?", first);
        jdbc.update("update case_assignment set state = 'DONE' where id = ?", below);

        jdbc.execute(new ClassPathResource("db/migration/cases/V37__live_chain_repair.sql").getContentAsString(StandardCharsets.UTF_8));

        assertThat(jdbc.queryForObject("select state from case_assignment where id = ?", String.class, below)).isEqualTo("TAKEN_BACK");
        List<Long> access = jdbc.queryForList("select staff_id from complaint_access where complaint_id = ?", Long.class, id);
        assertThat(access).contains(ceo.id(), stays.id()).doesNotContain(senior.id(), expert.id());
    }
}
