package com.shop.common.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Bodies without a declared length (chunked) are cut off while they are read. */
class LimitedBodyRequestTest {

    private static MockHttpServletRequest requestWithBody(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/orders");
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        LimitedBodyRequest request = new LimitedBodyRequest(requestWithBody(100), 100);

        assertThat(request.getInputStream().readAllBytes()).hasSize(100);
    }

    @Test
    void readingPastTheLimitFails() {
        LimitedBodyRequest request = new LimitedBodyRequest(requestWithBody(101), 100);

        assertThatThrownBy(() -> request.getInputStream().readAllBytes())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void readingPastTheLimitByteByByteFails() throws IOException {
        LimitedBodyRequest request = new LimitedBodyRequest(requestWithBody(11), 10);
        var stream = request.getInputStream();
        for (int i = 0; i < 10; i++) {
            assertThat(stream.read()).isEqualTo('x');
        }

        assertThatThrownBy(stream::read).isInstanceOf(IOException.class);
    }

    @Test
    void theReaderIsLimitedToo() {
        LimitedBodyRequest request = new LimitedBodyRequest(requestWithBody(5_000), 1_000);

        assertThatThrownBy(() -> {
                    var reader = request.getReader();
                    while (reader.read() >= 0) {
                        // drain
                    }
                })
                .isInstanceOf(IOException.class);
    }
}
