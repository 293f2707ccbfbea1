package com.shop.e2e.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's chart, one PNG of two panels: throughput per scenario as bars, and the latency percentiles (p50, p90,
 * p99) per scenario, the callback → paid and compensation delays included, on a logarithmic axis, since the floor's
 * milliseconds and a flash sale's seconds share it.
 */
final class ReportChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;
    /** Where the latency bars start: below any latency measured, above zero (which a logarithmic axis lacks). */
    private static final double LATENCY_BASE_MILLIS = 0.1;

    private static final List<Double> PERCENTILES = List.of(50.0, 90.0, 99.0);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ReportChart() {}

    static void write(BenchReport report, Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int split = HEIGHT * 9 / 20;
        throughput(report).draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, split));
        latency(report).draw(graphics, new Rectangle2D.Double(0, split, WIDTH, HEIGHT - split));
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static JFreeChart throughput(BenchReport report) {
        DefaultCategoryDataset done = new DefaultCategoryDataset();
        report.scenarios().forEach(row -> done.addValue(row.throughput(), "done/s", row.chartLabel()));
        NumberAxis axis = new NumberAxis("done per second");
        axis.setUpperMargin(0.15);
        JFreeChart chart = chart("Throughput per scenario", done, axis, 0);
        chart.addSubtitle(new TextTitle(
                report.facts().facts().get("JIT of the applications") + ", "
                        + report.facts().facts().get("clients") + " clients",
                LABELS));
        return chart;
    }

    private static JFreeChart latency(BenchReport report) {
        DefaultCategoryDataset latencies = new DefaultCategoryDataset();
        for (ScenarioResult row : report.scenarios()) {
            PERCENTILES.forEach(p -> latencies.addValue(atLeastBase(row.millisAt(p)), series(p), row.chartLabel()));
        }
        for (DelayResult delay : delays(report)) {
            PERCENTILES.forEach(p -> latencies.addValue(atLeastBase(delay.millisAt(p)), series(p), delay.chartLabel()));
        }
        LogAxis axis = new LogAxis("milliseconds (log scale)");
        axis.setSmallestValue(LATENCY_BASE_MILLIS);
        axis.setNumberFormatOverride(new DecimalFormat("0.#"));
        // one tick per power of ten (the unit is in powers)
        axis.setTickUnit(new NumberTickUnit(1), false, true);
        axis.setUpperMargin(0.15);
        return chart("Latency per scenario: p50, p90, p99", latencies, axis, LATENCY_BASE_MILLIS);
    }

    private static List<DelayResult> delays(BenchReport report) {
        return Stream.of(
                        report.callbackToPaid(),
                        report.compensation() == null
                                ? null
                                : report.compensation().undo())
                .filter(Objects::nonNull)
                .toList();
    }

    private static String series(double percentile) {
        return "p" + (int) percentile;
    }

    private static double atLeastBase(double millis) {
        return Math.max(LATENCY_BASE_MILLIS, millis);
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset dataset, ValueAxis valueAxis, double base) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABELS);
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(1.3f);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        valueAxis.setTickLabelFont(LABELS);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setBase(base);
        bars.setItemMargin(0.05);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new ShortNumbers()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        CategoryPlot plot = new CategoryPlot(dataset, categories, valueAxis, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        boolean legend = dataset.getRowCount() > 1;
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Bar labels short enough not to run into each other: no decimals from 100 up, one below. */
    private static final class ShortNumbers extends NumberFormat {

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition position) {
            return toAppendTo.append(String.format(Locale.ROOT, number >= 100 ? "%.0f" : "%.1f", number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition position) {
            return toAppendTo.append(number);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return NumberFormat.getNumberInstance(Locale.ROOT).parse(source, position);
        }
    }
}
