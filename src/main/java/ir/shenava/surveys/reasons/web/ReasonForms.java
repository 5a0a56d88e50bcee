package ir.shenava.surveys.reasons.web;

/** The forms of the reason catalogue page. */
final class ReasonForms {

    private ReasonForms() {
    }

    record ReasonForm(String areaCode, String code, String nameFa, String nameEn) {

        static ReasonForm empty() {
            return new ReasonForm(null, "", "", "");
        }
    }

    record AreaForm(String code, String nameFa, String nameEn) {

        static AreaForm empty() {
            return new AreaForm("", "", "");
        }
    }
}
