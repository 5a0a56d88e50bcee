package ir.shenava.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parts as the network bills them: UCS-2 70/67 for Persian, GSM-7 160/153 for plain Latin. */
class SmsLengthTest {

    @Test
    void persianIsUcs2SeventyInOnePartSixtySevenPerPartBeyond() {
        assertThat(SmsLength.of("س".repeat(70))).isEqualTo(new SmsLength(true, 70, 1));
        assertThat(SmsLength.of("س".repeat(71)).parts()).isEqualTo(2);
        assertThat(SmsLength.of("س".repeat(134)).parts()).isEqualTo(2);
        assertThat(SmsLength.of("س".repeat(135)).parts()).isEqualTo(3);
        // one Persian letter (or digit) turns a Latin text into UCS-2
        assertThat(SmsLength.of("a".repeat(69) + "۱")).isEqualTo(new SmsLength(true, 70, 1));
        assertThat(SmsLength.of("a".repeat(70) + "۱").parts()).isEqualTo(2);
    }

    @Test
    void plainLatinIsGsm7AndItsExtensionCharactersCountTwice() {
        assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(false, 160, 1));
        assertThat(SmsLength.of("a".repeat(161)).parts()).isEqualTo(2);
        assertThat(SmsLength.of("a".repeat(306)).parts()).isEqualTo(2);
        assertThat(SmsLength.of("a".repeat(307)).parts()).isEqualTo(3);
        assertThat(SmsLength.of("a".repeat(159) + "€")).isEqualTo(new SmsLength(false, 161, 2));
        assertThat(SmsLength.of("").parts()).isEqualTo(1);
    }

    @Test
    void theCostIsThePartsTimesThePrice() {
        assertThat(SmsLength.of("س".repeat(100)).cost(120)).isEqualTo(240);
    }

    @Test
    void aPhoneInE164IsWrittenTheWayIranianGatewaysTakeIt() {
        assertThat(SmsGateway.mobile("+989121234567")).isEqualTo("09121234567");
    }
}
