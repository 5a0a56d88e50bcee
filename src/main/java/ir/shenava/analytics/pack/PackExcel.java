package ir.shenava.analytics.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import ir.shenava.analytics.internal.RawAnswers;
import ir.shenava.analytics.review.Review;
import ir.shenava.analytics.web.ChartSpec;
import ir.shenava.analytics.web.KeyFigures;
import ir.shenava.analytics.web.Labels;
import ir.shenava.shared.JalaliDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The quarterly pack as Excel: the headline figures, one sheet per chart with its numbers, the
 * review's actions and the quarter's raw survey answers (streamed: a quarter may hold a hundred
 * thousand). Right-to-left sheets with Persian names on a Persian pack; numbers stay numbers.
 */
final class PackExcel {

    private PackExcel() {
    }

    static byte[] render(PackData data, RawAnswers raw) {
        Labels l = data.labels();
        try (FastZipWorkbook book = new FastZipWorkbook()) {
            // one explicit style: a cell without one looks its column's style up in the sheet's XML beans
            org.apache.poi.ss.usermodel.CellStyle plain = book.createCellStyle();
            Set<String> names = new HashSet<>();
            Sheet kpis = sheet(book, names, l.msg("analytics.kpis"), l.persian());
            row(kpis, 0, l.msg("analytics.figure"), l.quarter(data.quarter()), l.msg("analytics.previous"), l.msg("analytics.yearAgo"));
            int r = 1;
            for (KeyFigures.Line k : data.kpis()) {
                row(kpis, r++, k.label(), k.now(), k.previous(), k.yearAgo());
            }
            for (ChartSpec chart : data.charts()) {
                Sheet s = sheet(book, names, chart.title(), l.persian());
                Row head = s.createRow(0);
                head.createCell(0).setCellValue(l.msg("analytics.item"));
                for (int d = 0; d < chart.datasets().size(); d++) {
                    head.createCell(d + 1).setCellValue(chart.datasets().get(d).label());
                }
                for (int i = 0; i < chart.labels().size(); i++) {
                    Row row = s.createRow(i + 1);
                    row.createCell(0).setCellValue(chart.labels().get(i));
                    for (int d = 0; d < chart.datasets().size(); d++) {
                        Number v = chart.value(d, i);
                        if (v != null) {
                            row.createCell(d + 1).setCellValue(v.doubleValue());
                        }
                    }
                }
            }
            Sheet actions = sheet(book, names, l.msg("analytics.review.actions"), l.persian());
            row(actions, 0, l.msg("analytics.review.action.description"), l.msg("analytics.review.action.owner"),
                    l.msg("analytics.review.action.due"), l.msg("analytics.review.action.status"), l.msg("analytics.review.action.evidence"));
            int a = 1;
            for (Review.Action action : data.review().map(Review::actions).orElse(java.util.List.of())) {
                row(actions, a++, action.description(), l.staff(action.ownerId()), JalaliDate.fromGregorian(action.dueOn()).toString(),
                        l.msg("analytics.action.status." + action.status()), action.evidence() == null ? "" : action.evidence());
            }
            RawSheetRows rows = book.rawRowsOfNextSheet();
            sheet(book, names, l.msg("analytics.pack.rawSheet"), l.persian());
            rows.start().text(l.msg("analytics.list.survey")).text(l.msg("analytics.list.completedAt"))
                    .text(l.msg("analytics.list.question")).text(l.msg("analytics.pack.section")).text(l.msg("analytics.pack.type"))
                    .text(l.msg("analytics.list.score")).text(l.msg("analytics.pack.notApplicable"))
                    .text(l.msg("analytics.pack.dissatisfied")).text(l.msg("analytics.reason")).text(l.msg("analytics.pack.text"));
            // a quarter holds some hundred thousand answers: the labels are looked up once, not per row
            java.util.Map<String, String> sections = new java.util.HashMap<>();
            java.util.Map<java.time.LocalDate, String> days = new java.util.HashMap<>();
            raw.each(data.quarter(), x -> {
                try {
                    rows.start().number(x.surveyId())
                            .text(days.computeIfAbsent(x.completedOn(), day -> JalaliDate.fromGregorian(day).toString()))
                            .text(x.questionCode())
                            .text(sections.computeIfAbsent(x.section(), code -> l.msg("analytics.section." + code)))
                            .text(x.type()).number(x.score()).bool(x.notApplicable()).bool(x.dissatisfied())
                            .text(x.reasons()).text(x.text());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            rows.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Row row, int column, org.apache.poi.ss.usermodel.CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellStyle(style);
        return c;
    }

    /**
     * Streams rows through a small window (100) and zips the parts at the fastest deflate level: at a
     * hundred thousand raw answers the default level spent more time compressing than writing.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        private RawSheetRows next;

        FastZipWorkbook() {
            super(100);
        }

        /** The writer of the sheet created next: its rows are written through it, not through POI. */
        RawSheetRows rawRowsOfNextSheet() throws IOException {
            next = new RawSheetRows();
            return next;
        }

        @Override
        protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
            if (next != null) {
                RawSheetRows rows = next;
                next = null;
                return rows;
            }
            return super.createSheetDataWriter();
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(java.io.OutputStream out) {
            org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** A sheet with a valid, unique name (31 characters, none of []:*?/\). */
    private static Sheet sheet(SXSSFWorkbook book, Set<String> names, String title, boolean rtl) {
        String base = WorkbookUtil.createSafeSheetName(title.replace('،', ' '));
        String unique = base;
        String stem = base.length() > 28 ? base.substring(0, 28) : base;
        for (int i = 2; !names.add(unique); i++) {
            unique = stem + " " + i;
        }
        Sheet s = book.createSheet(unique);
        s.setRightToLeft(rtl);
        return s;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
