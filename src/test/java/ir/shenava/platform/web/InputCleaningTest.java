package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ir.shenava.shared.PersianText;
import org.junit.jupiter.api.Test;

/** The rules of the one door all input passes (no Spring needed). */
class InputCleaningTest {

    @Test
    void controlAndDirectionCharactersGoWhileLinesTabsPersianAndEmojiStay() {
        assertThat(PersianText.withoutControls("a\u0000b\u0007c\u001b[2J\u0085d\u202Ee\u2066f\u200Fg\u061Ch\uFEFF"))
                .isEqualTo("abc[2Jdefgh");
        String kept = "سلام\tدنیا\r\nنیم\u200Cفاصله 😀 ۱۲۳";
        assertThat(PersianText.withoutControls(kept)).isSameAs(kept);
        assertThat(PersianText.withoutControls("x\uD800y\uDC00z")).as("lone surrogate halves").isEqualTo("xyz");
        assertThat(PersianText.withoutControls(null)).isNull();
    }

    @Test
    void normalisedTextLosesControlCharactersToo() {
        assertThat(PersianText.normalize("علي\u0000 \u202Eرضا")).isEqualTo("علی رضا");
    }

    @Test
    void fileNamesLoseFoldersAndDirectionTricks() {
        assertThat(CleanedRequest.fileName("photo\u202Egnp.exe")).isEqualTo("photognp.exe");
        assertThat(CleanedRequest.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CleanedRequest.fileName("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(CleanedRequest.fileName("scan\u0000.png")).isEqualTo("scan.png");
        assertThat(CleanedRequest.fileName("..")).isEqualTo("file");
        assertThat(CleanedRequest.fileName("/")).isEqualTo("file");
        assertThat(CleanedRequest.fileName("فرم تأیید.pdf")).isEqualTo("فرم تأیید.pdf");
    }

    @Test
    void contentTypesThatCannotBeReadAreRefused() {
        assertThat(HostileInputFilter.contentTypeProblem("multipart/form-data")).isNotNull();
        assertThat(HostileInputFilter.contentTypeProblem("multipart/form-data; boundary=")).isNotNull();
        assertThat(HostileInputFilter.contentTypeProblem(";;;/==")).isNotNull();
        assertThat(HostileInputFilter.contentTypeProblem("application/x-www-form-urlencoded; charset=bogus-42")).isNotNull();
        assertThat(HostileInputFilter.contentTypeProblem("multipart/form-data; boundary=abc")).isNull();
        assertThat(HostileInputFilter.contentTypeProblem("application/json")).isNull();
        assertThat(HostileInputFilter.contentTypeProblem("application/x-www-form-urlencoded; charset=UTF-8")).isNull();
        assertThat(HostileInputFilter.contentTypeProblem(null)).isNull();
    }
}
