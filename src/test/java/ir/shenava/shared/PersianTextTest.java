package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersianTextTest {

    @Test
    void normalizeUnifiesArabicYeAndKafButKeepsTehMarbuta() {
        assertThat(PersianText.normalize("علي اكبر موسى")).isEqualTo("علی اکبر موسی");
        assertThat(PersianText.normalize("مدرسة")).isEqualTo("مدرسة");
    }

    @Test
    void normalizeRemovesTatweelAndDiacritics() {
        assertThat(PersianText.normalize("شـــکایت")).isEqualTo("شکایت");
        assertThat(PersianText.normalize("مُحَمَّد")).isEqualTo("محمد");
        assertThat(PersianText.normalize("رحمٰن")).isEqualTo("رحمن");
    }

    @Test
    void normalizeCollapsesAllKindsOfWhitespace() {
        assertThat(PersianText.normalize("  سلام\u00A0\u00A0 دنیا\t\n خوب\u2009 ")).isEqualTo("سلام دنیا خوب");
    }

    @Test
    void normalizeTextKeepsLinesAndParagraphsAndNormalisesEachLine() {
        assertThat(PersianText.normalizeText("  خط  اول   \r\nخط دوم با ي و ك\n\n\n\n\u00A0پاراگراف دوم\rپایان  \n\n"))
                .isEqualTo("خط اول\nخط دوم با ی و ک\n\nپاراگراف دوم\nپایان");
        assertThat(PersianText.normalizeText("\n \n")).isEmpty();
        assertThat(PersianText.normalizeText(null)).isNull();
        assertThat(PersianText.normalize("خط اول\nخط دوم")).as("one-line text still joins lines").isEqualTo("خط اول خط دوم");
    }

    @Test
    void normalizeKeepsZwnjButRemovesSpacesAroundIt() {
        assertThat(PersianText.normalize("می \u200C خواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(PersianText.normalize("می\u200C\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(PersianText.normalize("\u200Cکتاب\u200C ")).isEqualTo("کتاب");
    }

    @Test
    void normalizeLeavesDigitsAsTypedAndHandlesNullAndBlank() {
        assertThat(PersianText.normalize("پلاک ۱۲ و 13")).isEqualTo("پلاک ۱۲ و 13");
        assertThat(PersianText.normalize(null)).isNull();
        assertThat(PersianText.normalize(" \u00A0\t ")).isEqualTo("");
        assertThat(PersianText.normalize("\u200C")).isEqualTo("");
    }

    @Test
    void normalizeDropsInvisibleDirectionMarks() {
        assertThat(PersianText.normalize("\u200Fسلام\u200E")).isEqualTo("سلام");
    }

    @Test
    void latinDigitsConvertsPersianAndArabicIndicDigitsAndSeparators() {
        assertThat(PersianText.latinDigits("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(PersianText.latinDigits("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(PersianText.latinDigits("۱٬۲۳۴٫۵")).isEqualTo("1,234.5");
        assertThat(PersianText.latinDigits("abc")).isEqualTo("abc");
        assertThat(PersianText.latinDigits(null)).isNull();
    }

    @Test
    void persianDigitsForDisplay() {
        assertThat(PersianText.persianDigits("1405/09/14")).isEqualTo("۱۴۰۵/۰۹/۱۴");
        assertThat(PersianText.persianDigits(null)).isNull();
    }

    @Test
    void searchKeyMatchesDifferentSpellingsOfTheSameName() {
        assertThat(PersianText.searchKey("علي\u200Cاكبر ۱۲")).isEqualTo(PersianText.searchKey("علیاکبر 12"))
                .isEqualTo("علیاکبر 12");
        assertThat(PersianText.searchKey("علی \u200C اکبر")).isEqualTo("علیاکبر");
    }

    @Test
    void searchKeyFoldsLetterVariantsAndCase() {
        assertThat(PersianText.searchKey("آرش")).isEqualTo(PersianText.searchKey("ارش"));
        assertThat(PersianText.searchKey("أحمد إبراهيم")).isEqualTo("احمد ابراهیم");
        assertThat(PersianText.searchKey("خانۀ ما")).isEqualTo("خانه ما");
        assertThat(PersianText.searchKey("مدرسة")).isEqualTo("مدرسه");
        assertThat(PersianText.searchKey("مؤسسه")).isEqualTo("موسسه");
        assertThat(PersianText.searchKey("مسئول")).isEqualTo("مسیول");
        assertThat(PersianText.searchKey("ACME Co")).isEqualTo("acme co");
        assertThat(PersianText.searchKey("٣ﻙ")).isEqualTo("3ک");
        assertThat(PersianText.searchKey(null)).isEqualTo("");
    }

    @Test
    void searchKeyIsNotTooLossy() {
        assertThat(PersianText.searchKey("علی رضا")).isNotEqualTo(PersianText.searchKey("علیرضا"));
        assertThat(PersianText.searchKey("کار")).isNotEqualTo(PersianText.searchKey("کاری"));
    }

    @Test
    void digitsOnly() {
        assertThat(PersianText.digitsOnly("۰۹۱۲-۱۲۳ 45٦٧")).isEqualTo("09121234567");
        assertThat(PersianText.digitsOnly("بدون رقم")).isEmpty();
        assertThat(PersianText.digitsOnly(null)).isEmpty();
    }
}
