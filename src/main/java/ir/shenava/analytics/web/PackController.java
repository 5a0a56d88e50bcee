package ir.shenava.analytics.web;

import java.util.Locale;

import ir.shenava.analytics.internal.Quarters;
import ir.shenava.analytics.pack.PackData;
import ir.shenava.analytics.pack.Packs;
import ir.shenava.shared.JalaliQuarter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pack for download: from the dashboard (today's figures, whole company) or from a review (its
 * frozen figures and its actions). Managers with a department slice get the dashboard, not the pack.
 */
@RestController
@PreAuthorize(ManagementReviewController.READERS)
class PackController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Packs packs;
    private final Viewers viewers;
    private final java.time.Clock clock;

    PackController(Packs packs, Viewers viewers, java.time.Clock clock) {
        this.packs = packs;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/analytics/pack.pdf")
    ResponseEntity<byte[]> livePdf(@RequestParam(required = false) String quarter, Locale locale) {
        JalaliQuarter q = quarter(quarter);
        return file(packs.pdf(data(q, false, locale)), q, "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/analytics/pack.xlsx")
    ResponseEntity<byte[]> liveExcel(@RequestParam(required = false) String quarter, Locale locale) {
        JalaliQuarter q = quarter(quarter);
        return file(packs.excel(data(q, false, locale)), q, "xlsx", XLSX);
    }

    @GetMapping("/analytics/reviews/{quarter}/pack.pdf")
    ResponseEntity<byte[]> reviewPdf(@PathVariable String quarter, Locale locale) {
        JalaliQuarter q = quarter(quarter);
        return file(packs.pdf(data(q, true, locale)), q, "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/analytics/reviews/{quarter}/pack.xlsx")
    ResponseEntity<byte[]> reviewExcel(@PathVariable String quarter, Locale locale) {
        JalaliQuarter q = quarter(quarter);
        return file(packs.excel(data(q, true, locale)), q, "xlsx", XLSX);
    }

    private PackData data(JalaliQuarter q, boolean frozen, Locale locale) {
        return packs.data(q, frozen, viewers.labels(locale));
    }

    private JalaliQuarter quarter(String text) {
        try {
            return text == null || text.isBlank() ? Quarters.lastClosed(clock) : JalaliQuarter.parse(text);
        } catch (IllegalArgumentException e) {
            return Quarters.lastClosed(clock);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, JalaliQuarter q, String ext, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("shenava-" + q + "." + ext).build().toString())
                .contentType(type).body(body);
    }
}
