package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.onsite.OnsiteForms;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffTeam;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Staff behaviour → the manager of that staff member's department": the person concerned is picked
 * on the staff forms or typed on the public form, and the complaint lands with their department's head.
 */
@ShenavaIntegrationTest
class StaffBehaviourRoutingWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ProofOfWork pow;
    @Autowired
    OnsiteForms forms;

    private StaffTeam team() {
        return StaffTeam.create(accounts, departments);
    }

    private long person(String username, String name, Long department, Long manager) {
        return StaffTeam.person(accounts, username, name, department, manager);
    }

    private Complaint logged(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        return complaints.findById(Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""))).orElseThrow();
    }

    private MockHttpServletResponse call(String category, Long concerned) throws Exception {
        var request = post("/complaints/phone").with(user("taker").roles("CALLER")).with(csrf())
                .param("phone", "0912" + (1000000 + (int) (Math.random() * 8999999))).param("contactName", "شاکی برخورد")
                .param("categoryCode", category).param("subject", "برخورد نامناسب").param("description", "بی‌احترامی کرد");
        if (concerned != null) {
            request.param("concernedStaffId", String.valueOf(concerned));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aCallAboutAStaffMembersBehaviourGoesToTheHeadOfTheirDepartment() throws Exception {
        StaffTeam team = team();
        assertThat(mvc.perform(get("/complaints/phone").with(user("taker").roles("CALLER"))).andReturn().getResponse()
                .getContentAsString()).contains("کارمند مورد شکایت").contains(team.expertName());

        Complaint complaint = logged(call("STAFF_BEHAVIOUR", team.expert()));
        assertThat(complaint.getConcernedStaffId()).isEqualTo(team.expert());
        assertThat(complaint.getOwnerId()).isEqualTo(team.head());
        String page = mvc.perform(get("/complaints/{id}", complaint.getId()).with(user("q").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("کارمند مورد شکایت").contains(team.expertName());

        assertThat(logged(call("STAFF_BEHAVIOUR", team.manager())).getOwnerId()).isEqualTo(team.head());
        // about the head: whoever the department reports to — here nobody, so the phone rule decides
        // (its owner may be null when nobody in the shared test database holds the rule's role)
        assertThat(logged(call("STAFF_BEHAVIOUR", team.head())).getOwnerId()).isNotEqualTo(Long.valueOf(team.head()));
        // another subject: the person named is kept, the category's rule routes
        Complaint sales = logged(call("SALES", team.expert()));
        assertThat(sales.getConcernedStaffId()).isEqualTo(team.expert());
        assertThat(sales.getOwnerId()).isNotEqualTo(Long.valueOf(team.head()));
    }

    @Test
    void aPersonWhoIsNotActiveStaffIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long former = accounts.create("gone" + tag, "password-123", new StaffAccounts.Profile("رفته " + tag, null, null, null,
                null, EnumSet.of(Role.SALES_EXPERT), false)).getId();
        MockHttpServletResponse refused = call("STAFF_BEHAVIOUR", former);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("این شخص در میان کارکنان فعال نیست")
                .contains("value=\"شاکی برخورد\"").contains("value=\"برخورد نامناسب\"");
    }

    @Test
    void thePublicFormMatchesATypedNameOnlyWhenItFitsExactlyOnePerson() throws Exception {
        StaffTeam team = team();
        Complaint matched = submitted("بهرام " + team.tag());
        assertThat(matched.getConcernedStaffId()).isEqualTo(team.expert());
        assertThat(matched.getOwnerId()).isEqualTo(team.head());

        StaffTeam other = team();
        person("twin" + other.tag(), "بهرام " + other.tag() + " کریمی", null, null);   // a second «بهرام <tag>»
        Complaint ambiguous = submitted("بهرام " + other.tag());
        assertThat(ambiguous.getConcernedStaffId()).isNull();
        assertThat(ambiguous.getOwnerId()).isNotEqualTo(Long.valueOf(other.head()));
        assertThat(submitted("نام ناشناس " + team.tag()).getConcernedStaffId()).isNull();
    }

    @Test
    void theOnsiteFormRecordsThePersonButStaysWithTheTechnicalUnitManager() throws Exception {
        StaffTeam team = team();
        if (staff.activeWithRole(Role.TECHNICAL_MANAGER).isEmpty()) {
            accounts.create("tm" + team.tag(), "password-123", new StaffAccounts.Profile("مدیر فنی " + team.tag(), null, null,
                    null, null, EnumSet.of(Role.TECHNICAL_MANAGER), true));
        }
        OnsiteForms.Book book = forms.issue(1, team.expert(), "tm");
        assertThat(mvc.perform(get("/intake/onsite/{s}", book.first()).with(user("x").roles("CALLER"))).andReturn()
                .getResponse().getContentAsString()).contains("کارمند مورد شکایت").contains(team.expertName());
        Complaint complaint = logged(mvc.perform(multipart("/intake/onsite/{s}", book.first())
                .param("contactName", "شاکی حضوری").param("categoryCode", "STAFF_BEHAVIOUR")
                .param("concernedStaffId", String.valueOf(team.expert())).param("subject", "برخورد در محل")
                .param("description", "شرح").with(user("x").roles("CALLER")).with(csrf())).andReturn().getResponse());
        assertThat(complaint.getConcernedStaffId()).isEqualTo(team.expert());
        assertThat(complaint.getOwnerId())
                .isIn(staff.activeWithRole(Role.TECHNICAL_MANAGER).stream().map(s -> s.id().value()).toList());
    }

    private Complaint submitted(String concernedName) throws Exception {
        String challenge = pow.issue();
        int counter = 0;
        while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + counter)) < pow.bits()) {
            counter++;
        }
        var result = mvc.perform(multipart("/complaint").with(r -> {
                    r.setRemoteAddr("10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
                    return r;
                }).param("contactName", "مشتری ناراضی").param("email", "n" + UUID.randomUUID().toString().substring(0, 6) + "@example.ir")
                .param("categoryCode", "STAFF_BEHAVIOUR").param("subject", "برخورد کارمند").param("description", "شرح")
                .param("concernedStaffName", concernedName).param("challenge", challenge)
                .param("counter", String.valueOf(counter)).with(csrf())).andReturn();
        String code = ((String) result.getFlashMap().get("trackingCode")).replace("-", "");
        return complaints.findByTrackingCode(code).orElseThrow();
    }
}
