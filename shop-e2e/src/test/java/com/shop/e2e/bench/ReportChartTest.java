package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartTest {

    @Test
    void drawsBothPanelsIntoOnePng(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("report.png");

        ReportChart.write(MarkdownReportTest.sample(List.of()), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ReportChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportChart.HEIGHT);
        assertThat(image.getRGB(0, 0)).as("white background").isEqualTo(0xFFFFFFFF);
    }
}
