package ir.shenava.intake.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.Submission;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two people typing in the same paper form at the same moment. */
@ShenavaIntegrationTest
class OnsiteEntryTest {

    @Autowired
    OnsiteEntry entry;
    @Autowired
    OnsiteForms forms;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSecondOfTwoSimultaneousEntriesWaitsAndIsToldTheFormWasEntered() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long expert = accounts.create("twice" + tag, "password-123", new StaffAccounts.Profile("کارشناس " + tag, null,
                null, null, null, EnumSet.of(Role.TECHNICAL_EXPERT), true)).getId();
        int serial = forms.issue(1, expert, "tm").firstSerial();
        CountDownLatch firstEntered = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            // the first person's entry is done but not yet committed when the second one submits
            Future<Complaint> first = people.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                Complaint complaint = entry.enter(serial, typed("اول " + tag), null);
                firstEntered.countDown();
                await(firstMayCommit);
                return complaint;
            }));
            assertThat(firstEntered.await(60, TimeUnit.SECONDS)).isTrue();
            Future<Complaint> second = people.submit(() -> entry.enter(serial, typed("دوم " + tag), null));
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            firstMayCommit.countDown();
            Complaint entered = first.get(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IntakeRuleException.class).hasMessage("onsite.alreadyEntered");
            OnsiteForms.Form form = forms.form(serial).orElseThrow();
            assertThat(form.status()).isEqualTo(OnsiteForms.Status.ENTERED);
            assertThat(form.complaintId()).isEqualTo(entered.getId());
        } finally {
            firstMayCommit.countDown();
            people.shutdownNow();
        }
    }

    private static Submission typed(String subject) {
        return new Submission("رضا نوری", null, null, null, "INSTALLATION", null, null, subject, "کابل‌کشی کامل نشد", null,
                null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
