package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"09121234567", "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "+989121234567", "+98 912 123 4567",
            "00989121234567", "989121234567", "0912-123-4567", "(0912) 123.45.67", " 0912 123 4567 ",
            "+98 (0) 912 123 4567", "\u200E+98 912 123 4567", "0912\u00A0123\u00A04567"})
    void acceptsCommonWaysOfWritingOneMobileNumber(String input) {
        PhoneNumber p = PhoneNumber.parse(input);
        assertThat(p.e164()).isEqualTo("+989121234567");
        assertThat(p.isMobile()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"02188776655", "021-8877-6655", "+98 21 8877 6655", "00982188776655", "982188776655",
            "۰۲۱ ۸۸۷۷ ۶۶۵۵"})
    void acceptsLandlines(String input) {
        PhoneNumber p = PhoneNumber.parse(input);
        assertThat(p.e164()).isEqualTo("+982188776655");
        assertThat(p.isMobile()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "0912123456", "091212345678", "9121234567", "88776655", "021887766",
            "09121234abc", "0912 123 456۷x", "00121234567", "0021234567", "+19121234567", "+98912123456",
            "+9891212345678", "98912123456", "0912+1234567", "++989121234567", "0912_123_4567", "09121234567#"})
    void rejectsEverythingElse(String input) {
        assertThatThrownBy(() -> PhoneNumber.parse(input)).isInstanceOf(InvalidPhoneNumberException.class);
        assertThat(PhoneNumber.tryParse(input)).isEmpty();
    }

    @Test
    void exceptionCarriesMessageKeyAndPersianMessage() {
        assertThatThrownBy(() -> PhoneNumber.parse("12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("شماره تلفن معتبر نیست: 12")
                .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).messageKey()).isEqualTo("phone.invalid"));
    }

    @Test
    void constructorValidatesCanonicalForm() {
        assertThat(new PhoneNumber("+989121234567").national()).isEqualTo("09121234567");
        assertThatThrownBy(() -> new PhoneNumber("09121234567")).isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> new PhoneNumber("+980121234567")).isInstanceOf(InvalidPhoneNumberException.class);
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(InvalidPhoneNumberException.class);
    }

    @Test
    void formsForDisplayAndStorage() {
        PhoneNumber mobile = PhoneNumber.parse("09121234567");
        assertThat(mobile.national()).isEqualTo("09121234567");
        assertThat(mobile.lastFour()).isEqualTo("4567");
        assertThat(mobile.display()).isEqualTo("۰۹۱۲ ۱۲۳ ۴۵۶۷");
        assertThat(mobile).hasToString("+989121234567");

        PhoneNumber landline = PhoneNumber.parse("02188776655");
        assertThat(landline.national()).isEqualTo("02188776655");
        assertThat(landline.lastFour()).isEqualTo("6655");
        assertThat(landline.display()).isEqualTo("۰۲۱ ۸۸۷۷ ۶۶۵۵");

        // as the page's language writes it: Latin digits on English pages only
        assertThat(mobile.display(java.util.Locale.ENGLISH)).isEqualTo("0912 123 4567");
        assertThat(landline.display(java.util.Locale.forLanguageTag("fa-IR"))).isEqualTo("۰۲۱ ۸۸۷۷ ۶۶۵۵");
        assertThat(mobile.display(null)).isEqualTo("۰۹۱۲ ۱۲۳ ۴۵۶۷");
    }

    @Test
    void equalNumbersFromDifferentInputsAreEqual() {
        assertThat(PhoneNumber.parse("۰۹۱۲۱۲۳۴۵۶۷")).isEqualTo(PhoneNumber.parse("+98 912 123 4567"))
                .hasSameHashCodeAs(PhoneNumber.parse("00989121234567"));
        assertThat(PhoneNumber.parse("09121234567")).isNotEqualTo(PhoneNumber.parse("09121234568"));
    }
}
