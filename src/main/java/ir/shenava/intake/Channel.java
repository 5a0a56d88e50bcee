package ir.shenava.intake;

/** How a complaint arrived (glossary: کانال دریافت). */
public enum Channel {
    WEB_FORM, CEO_PAGE, EMAIL, PHONE, ONSITE_FORM, SURVEY, INTERNAL_REVIEW;

    public String messageKey() {
        return "channel." + name();
    }
}
