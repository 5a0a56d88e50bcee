package ir.shenava.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Which language a complainant used: the page's locale, a typed tag, or the text of their email. */
class ComplaintLanguageTest {

    @Test
    void anEmailWithAnyPersianOrArabicLetterIsPersian() {
        assertThat(ComplaintLanguage.ofText("دستگاه خراب است")).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("Centrifuge SN-1234 is broken\nمتشکرم")).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("The unit from شرکت آزما arrived late")).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("الجهاز معطل")).isEqualTo(ComplaintLanguage.FA);   // Arabic letters: answered in Persian
    }

    @Test
    void anEmailWhoseLettersAreMostlyLatinIsEnglish() {
        assertThat(ComplaintLanguage.ofText("Late delivery\nThe centrifuge arrived two months late (order 1403-17).")).isEqualTo(ComplaintLanguage.EN);
        assertThat(ComplaintLanguage.ofText("Défaut de l'appareil")).isEqualTo(ComplaintLanguage.EN);   // Latin: our one Latin language
    }

    @Test
    void anEmailWithoutLettersOrInAnotherScriptIsPersian() {
        assertThat(ComplaintLanguage.ofText(null)).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("")).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("09121234567 — 1403/05/12")).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.ofText("Прибор сломан, ok")).isEqualTo(ComplaintLanguage.FA);
    }

    @Test
    void aPageLocaleOrATypedTagNamesTheLanguage() {
        assertThat(ComplaintLanguage.of(Locale.ENGLISH)).isEqualTo(ComplaintLanguage.EN);
        assertThat(ComplaintLanguage.of(Locale.forLanguageTag("en-GB"))).isEqualTo(ComplaintLanguage.EN);
        assertThat(ComplaintLanguage.of(Locale.forLanguageTag("fa-IR"))).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.of(Locale.GERMAN)).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.of(null)).isEqualTo(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.parse(" EN ")).contains(ComplaintLanguage.EN);
        assertThat(ComplaintLanguage.parse("fa")).contains(ComplaintLanguage.FA);
        assertThat(ComplaintLanguage.parse("de")).isEmpty();
        assertThat(ComplaintLanguage.parse("english")).isEmpty();
        assertThat(ComplaintLanguage.ofTag("xx")).isEqualTo(ComplaintLanguage.FA);
    }
}
