package ir.shenava.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/complaints}: what the company website's own complaint form
 * collected. Checked by the rules of the public web form; text is stored normalised.
 */
@Schema(description = "A complaint sent by the company's own website (no attachments in this JSON API)")
record ComplaintApiRequest(
        @Schema(description = "WEB_FORM (to senior managers, the default) or CEO_PAGE (to the CEO, confidential)",
                example = "WEB_FORM", allowableValues = {"WEB_FORM", "CEO_PAGE"})
        String channel,
        @Schema(description = "The complainant's full name", example = "مریم کاظمی", maxLength = 150,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String contactName,
        @Schema(description = "Hospital, laboratory, factory…", example = "بیمارستان میلاد", maxLength = 200)
        String organisation,
        @Schema(description = "Mobile or landline, Persian or Latin digits; a phone or an email is required",
                example = "۰۹۱۲ ۳۳۳ ۴۴۵۵", maxLength = 30)
        String phone,
        @Schema(description = "Email; a phone or an email is required", example = "m.kazemi@example.ir", maxLength = 200)
        String email,
        @Schema(description = "Code of an active complaint category", example = "SALES")
        String category,
        @Schema(description = "The unit's serial number, if the complaint is about a device", example = "SN-1234",
                maxLength = 80)
        String serial,
        @Schema(description = "1 very dissatisfied … 5 very satisfied", example = "2", minimum = "1", maximum = "5")
        Integer satisfaction,
        @Schema(description = "Subject", example = "تأخیر در تحویل", maxLength = 200,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String subject,
        @Schema(description = "What happened", example = "دستگاه دو ماه دیرتر از قرارداد رسید.", maxLength = 10000,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String description,
        @Schema(description = "What the complainant expects", example = "جبران خسارت", maxLength = 5000)
        String remedySought,
        @Schema(description = "The staff member the complaint is about (staff behaviour), as the complainant knows "
                + "them; counts when it fits exactly one active staff member, otherwise it is ignored",
                example = "بهرام سلیمانی", maxLength = 150)
        String concernedStaffName,
        @Schema(description = "Makes a retry safe: the same key again returns the complaint made the first time "
                + "(also accepted as the Idempotency-Key header)", example = "web-7f3c2a9e-1b44", maxLength = 50)
        String idempotencyKey,
        @Schema(description = "The language the complainant used, and so of our mails and SMS to them: fa (the default) "
                + "or en", example = "fa", allowableValues = {"fa", "en"}, maxLength = 2)
        String language) {
}
