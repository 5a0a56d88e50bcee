package ir.shenava.surveys;

import java.util.Locale;

/** One reason of the catalogue, under its area (two levels: area → reason). Codes are stable. */
public record DissatisfactionReason(String code, String areaCode, String areaNameFa, String areaNameEn, String nameFa,
        String nameEn, boolean active) {

    /** The reason's name in the reader's language (Persian unless English is asked for). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFa;
    }

    public String areaName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? areaNameEn : areaNameFa;
    }
}
