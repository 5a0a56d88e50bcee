package ir.shenava.analytics.pack;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import ir.shenava.analytics.web.ChartSpec;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The dashboard's charts drawn on the server (JFreeChart, Java2D) for the PDF: the same
 * {@link ChartSpec} as the page, Vazirmatn for Persian labels, Persian digits on the value axis and
 * the categories from right to left on a Persian pack.
 */
final class ChartImages {

    private ChartImages() {
    }

    private static boolean rtl(ChartSpec spec, boolean persian) {
        return persian && !spec.horizontal();
    }

    static BufferedImage draw(ChartSpec spec, boolean persian, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int d = 0; d < spec.datasets().size(); d++) {
            ChartSpec.Dataset set = spec.datasets().get(d);
            if ("line".equals(set.kind()) && "bar".equals(spec.type())) {
                continue;   // cumulative share and targets are in the tables beside the charts
            }
            int n = spec.labels().size();
            for (int k = 0; k < n; k++) {
                int i = rtl(spec, persian) ? n - 1 - k : k;   // right to left: the first category on the right
                Number v = spec.value(d, i);
                data.addValue(v == null ? 0 : v, set.label(), spec.labels().get(i));
            }
        }
        PlotOrientation orientation = spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        JFreeChart chart = "line".equals(spec.type())
                ? ChartFactory.createLineChart(null, null, null, data, orientation, true, false, false)
                : spec.stacked() ? ChartFactory.createStackedBarChart(null, null, null, data, orientation, true, false, false)
                : ChartFactory.createBarChart(null, null, null, data, orientation, true, false, false);
        Font font = PackFonts.awt().deriveFont(Font.PLAIN, 13f);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(font);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(font.deriveFont(11f));
        categories.setMaximumCategoryLabelLines(2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(font.deriveFont(11f));
        Locale digits = persian ? Locale.forLanguageTag("fa-IR-u-nu-arabext") : Locale.ENGLISH;
        values.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(digits)));
        if (persian && !spec.horizontal()) {
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
        for (int d = 0, series = 0; d < spec.datasets().size(); d++) {
            ChartSpec.Dataset set = spec.datasets().get(d);
            if ("line".equals(set.kind()) && "bar".equals(spec.type())) {
                continue;
            }
            plot.getRenderer().setSeriesPaint(series++, Color.decode(set.color()));
        }
        // opaque RGB: an ARGB image made the PDF extract and embed an alpha mask beside each JPEG
        return chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }
}
