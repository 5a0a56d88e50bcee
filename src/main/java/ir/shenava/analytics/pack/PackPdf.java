package ir.shenava.analytics.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.analytics.internal.QuarterFigures;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.web.ChartSpec;
import ir.shenava.analytics.web.KeyFigures;
import ir.shenava.analytics.web.Labels;
import ir.shenava.branding.BrandView;

/**
 * The quarterly pack as PDF (A4): the headline figures beside the previous quarter and a year
 * earlier, the charts drawn on the server with their numbers, the reasons Pareto, and — when the
 * quarter has a review — its analysis, root causes and actions; Jalali dates, Persian digits,
 * page numbers.
 */
final class PackPdf {

    private PackPdf() {
    }

    static byte[] render(PackData data, BrandView brand, byte[] logo) {
        Labels l = data.labels();
        try (PackCanvas pdf = new PackCanvas()) {
            pdf.letterhead(brand.name(), contacts(brand), logo);
            pdf.heading(l.msg("analytics.pack.heading", l.quarter(data.quarter())), 18);
            pdf.paragraph(l.msg(data.frozen() ? "analytics.pack.frozen" : "analytics.pack.live",
                    l.digits(ir.shenava.shared.JalaliDate.ofInstant(data.now().computedAt()).toString()),
                    l.digits(ir.shenava.shared.JalaliDate.ofInstant(data.generatedAt()).toString())), 10);
            pdf.heading(l.msg("analytics.kpis"), 13);
            List<List<String>> kpis = new ArrayList<>();
            kpis.add(List.of(l.msg("analytics.figure"), l.quarter(data.quarter()), l.msg("analytics.previous"), l.msg("analytics.yearAgo")));
            for (KeyFigures.Line k : data.kpis()) {
                kpis.add(List.of(k.label(), k.now(), k.previous(), k.yearAgo()));
            }
            pdf.table(kpis, new float[] {235, 90, 90, 100}, 8.5f);
            pareto(pdf, l, l.msg("analytics.chart.paretoSurvey"), data.now().surveyReasons());
            pareto(pdf, l, l.msg("analytics.chart.paretoCase"), data.now().caseReasons());
            for (ChartSpec chart : data.charts()) {
                pdf.heading(chart.title(), 12);
                pdf.image(ChartImages.draw(chart, l.persian(), 900, 414), 500, 230);
            }
            data.review().ifPresent(r -> review(pdf, l, r));
            return pdf.finish((page, total) -> l.msg("analytics.pack.page", l.digits(page.toString()), l.digits(total.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phone and address in one line, in the pack's digits. */
    private static String contacts(BrandView brand) {
        return java.util.stream.Stream.of(brand.phone(), brand.address()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("  |  "));
    }

    private static void pareto(PackCanvas pdf, Labels l, String title, List<QuarterFigures.ReasonBar> bars) throws IOException {
        pdf.heading(title, 12);
        if (bars.isEmpty()) {
            pdf.paragraph(l.msg("analytics.noReasons"), 10);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.msg("analytics.reason"), l.msg("analytics.count"), l.msg("analytics.cumulative"),
                l.msg("analytics.previousCount"), l.msg("analytics.new")));
        for (QuarterFigures.ReasonBar b : bars) {
            rows.add(List.of(l.reason(b.code()), l.number(b.count()), l.percent(b.cumulativeShare()), l.number(b.previousCount()),
                    b.newThisQuarter() ? l.msg("analytics.new") : ""));
        }
        pdf.table(rows, new float[] {235, 60, 90, 80, 50}, 8.5f);
    }

    private static void review(PackCanvas pdf, Labels l, Review r) {
        try {
            pdf.heading(l.msg("analytics.review.heading", l.quarter(r.quarter())) + " — "
                    + l.msg("analytics.review.status." + r.status()), 14);
            for (Review.ReasonAnalysis a : r.reasons()) {
                pdf.paragraph(l.reason(a.reasonCode()) + " (" + l.msg("analytics.source." + a.source()) + "، "
                        + l.number(a.count()) + "): " + (a.rootCause() == null ? "—" : a.rootCause()), 10);
            }
            pdf.heading(l.msg("analytics.review.analysis"), 12);
            pdf.paragraph(r.analysis() == null ? "—" : r.analysis(), 10);
            pdf.paragraph(l.msg("analytics.review.attendees") + ": " + (r.attendees() == null ? "—" : r.attendees()), 10);
            pdf.heading(l.msg("analytics.review.actions"), 12);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(l.msg("analytics.review.action.description"), l.msg("analytics.review.action.owner"),
                    l.msg("analytics.review.action.due"), l.msg("analytics.review.action.status"),
                    l.msg("analytics.review.action.evidence")));
            for (Review.Action a : r.actions()) {
                rows.add(List.of(a.description(), l.staff(a.ownerId()),
                        l.digits(ir.shenava.shared.JalaliDate.fromGregorian(a.dueOn()).toString()),
                        l.msg("analytics.action.status." + a.status()), a.evidence() == null ? "" : a.evidence()));
            }
            pdf.table(rows, new float[] {180, 100, 70, 70, 95}, 8.5f);
            if (r.approvedAt() != null) {
                pdf.paragraph(l.msg("analytics.review.approvedAt",
                        l.digits(ir.shenava.shared.JalaliDate.ofInstant(r.approvedAt()).toString())), 10);
            }
            for (Review.Correction c : r.corrections()) {
                pdf.paragraph(l.msg("analytics.review.corrections") + ": " + c.body(), 10);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
