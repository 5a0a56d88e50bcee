package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import ir.shenava.cases.Priority;
import ir.shenava.cases.SlaMilestone;
import org.junit.jupiter.api.Test;

class SlaTargetsFormTest {

    @Test
    void hoursAreReadInAnyDigitsWithADecimalPart() {
        assertThat(SlaTargetsForm.minutes("۸")).isEqualTo(480);
        assertThat(SlaTargetsForm.minutes("١٢")).as("Arabic-Indic digits").isEqualTo(720);
        assertThat(SlaTargetsForm.minutes(" 16 ")).isEqualTo(960);
        assertThat(SlaTargetsForm.minutes("۱٫۵")).as("Persian decimal separator").isEqualTo(90);
        assertThat(SlaTargetsForm.minutes("1/5")).as("the slash Persian keyboards type").isEqualTo(90);
        assertThat(SlaTargetsForm.minutes("0.25")).isEqualTo(15);
        assertThat(SlaTargetsForm.minutes("0")).isZero();
        assertThat(SlaTargetsForm.minutes("-1")).isNull();
        assertThat(SlaTargetsForm.minutes("1.255")).isNull();
        assertThat(SlaTargetsForm.minutes("هشت")).isNull();
        assertThat(SlaTargetsForm.minutes("123456")).as("too many hours to be meant").isNull();
    }

    @Test
    void savedMinutesAreShownAsHoursInTheLocalesDigits() {
        assertThat(SlaTargetsForm.hours(480, true)).isEqualTo("۸");
        assertThat(SlaTargetsForm.hours(90, true)).isEqualTo("۱٫۵");
        assertThat(SlaTargetsForm.hours(90, false)).isEqualTo("1.5");
        assertThat(SlaTargetsForm.minutes(SlaTargetsForm.hours(20, true))).as("round trip").isEqualTo(20);
    }

    @Test
    void eachFieldGetsItsOwnErrorAndKeepsWhatWasTyped() {
        Map<String, String> typed = new HashMap<>();
        for (Priority p : Priority.values()) {
            typed.put(SlaTargetsForm.name(p, SlaMilestone.ACKNOWLEDGE), "2");
            typed.put(SlaTargetsForm.name(p, SlaMilestone.FIRST_CONTACT), "4");
            typed.put(SlaTargetsForm.name(p, SlaMilestone.RESOLUTION), "8");
        }
        typed.put("URGENT-ACKNOWLEDGE", "abc");
        typed.put("HIGH-ACKNOWLEDGE", "۰");
        typed.put("NORMAL-FIRST_CONTACT", "۱");
        typed.put("LOW-FIRST_CONTACT", "");
        typed.put("LOW-RESOLUTION", "1");

        SlaTargetsForm form = SlaTargetsForm.typed(typed);

        assertThat(form.hasErrors()).isTrue();
        assertThat(field(form, Priority.URGENT, SlaMilestone.ACKNOWLEDGE))
                .isEqualTo(new SlaTargetsForm.Field(SlaMilestone.ACKNOWLEDGE, "URGENT-ACKNOWLEDGE", "abc", "sla.error.number"));
        assertThat(field(form, Priority.HIGH, SlaMilestone.ACKNOWLEDGE).error()).isEqualTo("sla.error.positive");
        assertThat(field(form, Priority.NORMAL, SlaMilestone.FIRST_CONTACT).error())
                .isEqualTo("sla.error.order.FIRST_CONTACT");
        assertThat(field(form, Priority.NORMAL, SlaMilestone.FIRST_CONTACT).text()).isEqualTo("۱");
        assertThat(field(form, Priority.LOW, SlaMilestone.FIRST_CONTACT).error()).isEqualTo("sla.error.required");
        assertThat(field(form, Priority.LOW, SlaMilestone.RESOLUTION).error())
                .as("compared with the acknowledgement when first contact is missing")
                .isEqualTo("sla.error.order.RESOLUTION");
        assertThat(field(form, Priority.URGENT, SlaMilestone.RESOLUTION).error()).isNull();
    }

    @Test
    void equalTargetsAreAllowed() {
        Map<String, String> typed = new HashMap<>();
        for (Priority p : Priority.values()) {
            for (SlaMilestone m : SlaMilestone.values()) {
                typed.put(SlaTargetsForm.name(p, m), "۸");
            }
        }
        SlaTargetsForm form = SlaTargetsForm.typed(typed);
        assertThat(form.hasErrors()).isFalse();
        assertThat(form.targets()).allSatisfy(t -> assertThat(t.resolutionMinutes()).isEqualTo(480));
    }

    private static SlaTargetsForm.Field field(SlaTargetsForm form, Priority p, SlaMilestone m) {
        return form.rows().get(p.ordinal()).fields().get(m.ordinal());
    }
}
