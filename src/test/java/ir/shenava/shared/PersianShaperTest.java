package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Joining forms and visual order, without any font (every presentation form counts as drawable). */
class PersianShaperTest {

    private static String shape(String s) {
        return PersianShaper.shape(s, cp -> true);
    }

    private static String visual(String s) {
        return PersianShaper.visual(s, cp -> true);
    }

    @Test
    void persianLettersGetTheirPositionalForms() {
        // پ initial, ی medial, گ medial, ی medial, ر final, ی isolated (ر does not join to the left)
        assertThat(shape("پیگیری")).isEqualTo("\uFB58\uFBFF\uFB95\uFBFF\uFEAE\uFBFC");
        // ک initial … ت final
        assertThat(shape("کیفیت")).isEqualTo("\uFB90\uFBFF\uFED4\uFBFF\uFE96");
        // چ and ژ
        assertThat(shape("چژ")).isEqualTo("\uFB7C\uFB8B");
    }

    @Test
    void zwnjBreaksTheJoinAndIsConsumed() {
        // «می‌شود»: م initial, ی final; ش initial, و final, د isolated (و does not join to the left)
        assertThat(shape("می\u200Cشود")).isEqualTo("\uFEE3\uFBFD\uFEB7\uFEEE\uFEA9");
    }

    @Test
    void lamAlefBecomesTheLigature() {
        assertThat(shape("لا")).isEqualTo("\uFEFB");
        assertThat(shape("بلا")).isEqualTo("\uFE91\uFEFC");
    }

    @Test
    void shapedTextDecomposesBackToTheOriginalLetters() {
        String s = "فرم ثبت شکایت مشتری: نصب و راه\u200Cاندازی";
        assertThat(Normalizer.normalize(shape(s), Normalizer.Form.NFKC)).isEqualTo(s.replace("\u200C", ""));
    }

    @Test
    void visualOrderIsRightToLeftWithLatinRunsKept() {
        // the Latin serial stays left-to-right and, in a right-to-left line, comes first from the left
        String v = visual("شماره برگ: OS-000123");
        assertThat(v).startsWith("OS-000123 :");
        assertThat(Normalizer.normalize(v.substring("OS-000123 :".length()), Normalizer.Form.NFKC))
                .isEqualTo(new StringBuilder("شماره برگ").reverse().toString());
        assertThat(visual("\u2066____/__/__\u2069")).isEqualTo("____/__/__");
        assertThat(visual("")).isEmpty();
    }

    @Test
    void missingGlyphsFallBackToTheLetter() {
        assertThat(PersianShaper.shape("پی", cp -> cp < 0xFB50)).isEqualTo("پی");
    }
}
