package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.shop.orderweb.support.OrderWebTestBase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The web console: its files open to everyone, what its pages call behind the token like the rest of the API. */
class ConsoleApiTest extends OrderWebTestBase {

    private static final String CODE_URL = "weixin://wxpay/bizpayurl?pr=Xy12AbC";

    @Test
    void theRootShowsTheConsolePageWithoutAToken() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));

        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("console/app.js")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/app.js", "/console/api.js", "/console/shopper.js", "/console/console.css"})
    void theConsolesFilesLoadWithoutAToken(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void aStaleTokenDoesNotKeepTheConsoleFromLoading() throws Exception {
        mvc.perform(get("/console/app.js").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheConsolesFilesAreOpen() throws Exception {
        mvc.perform(get("/console/../api/users/me")).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/users/me")).andExpect(problem(401, "UNAUTHENTICATED"));
        mvc.perform(get("/anything-else.html")).andExpect(problem(401, "UNAUTHENTICATED"));
        mvc.perform(post("/console/app.js")).andExpect(status().is4xxClientError());
    }

    @Test
    void theSettingsNameThePayEdgeAndInDevelopmentModeTheSandbox() throws Exception {
        mvc.perform(get("/api/console/settings").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payWebUrl").value("http://127.0.0.1:8081"))
                .andExpect(jsonPath("$.sandboxUrl").value("http://127.0.0.1:18090"))
                .andExpect(jsonPath("$.simulatorUrl").value("http://127.0.0.1:18091"))
                .andExpect(jsonPath("$.checkerUrl").value("http://127.0.0.1:18092"));
    }

    @Test
    void theConsolesPageMayRunOnlyItsOwnFilesAndCallOnlyWhatItIsConfiguredToCall() throws Exception {
        String policy = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .contains("connect-src 'self' http://127.0.0.1:8081 http://127.0.0.1:18090")
                .doesNotContain("unsafe");
        mvc.perform(get("/console/app.js")).andExpect(header().exists("Content-Security-Policy"));
        mvc.perform(get("/api/console/settings").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(header().doesNotExist("Content-Security-Policy"));
    }

    @Test
    void aPaymentCodeIsDrawnAsAQrCodeThatScansBackToIt() throws Exception {
        byte[] png = mvc.perform(
                        get("/api/console/qr").param("text", CODE_URL).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(scan(png)).isEqualTo(CODE_URL);
    }

    @Test
    void aQrCodeOfNothingOrOfTooMuchIsRefused() throws Exception {
        mvc.perform(get("/api/console/qr").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(get("/api/console/qr").param("text", " ").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(get("/api/console/qr")
                        .param("text", "x".repeat(ConsoleController.MAX_QR_TEXT + 1))
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    private static String scan(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
