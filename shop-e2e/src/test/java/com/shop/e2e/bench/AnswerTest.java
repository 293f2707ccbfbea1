package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void labelsAnAnswerByItsStatusAndARefusalByItsCode() {
        assertThat(new Answer(201, "{\"orderId\":\"7312\"}").label()).isEqualTo("201");
        String refusal = "{\"type\":\"about:blank\",\"code\":\"STOCK_INSUFFICIENT\",\"orderId\":\"7\"}";
        assertThat(new Answer(409, refusal).label()).isEqualTo("409 STOCK_INSUFFICIENT");
        assertThat(new Answer(503, "").label()).isEqualTo("503");
        assertThat(Answer.failed(new CompletionException(new HttpTimeoutException("request timed out")))
                        .label())
                .isEqualTo("error HttpTimeoutException");
    }

    @Test
    void readsTopLevelFieldsWhetherTextOrNumbers() {
        String body = "{\"payId\": \"1001\", \"orderId\":7312, \"payAmount\":28.90, \"codeUrl\":null,\"payStatus\":1}";

        assertThat(JsonFields.text(body, "payId")).isEqualTo("1001");
        assertThat(JsonFields.text(body, "orderId")).isEqualTo("7312");
        assertThat(JsonFields.text(body, "payAmount")).isEqualTo("28.90");
        assertThat(JsonFields.text(body, "payStatus")).isEqualTo("1");
        assertThat(JsonFields.text(body, "codeUrl")).isNull();
        assertThat(JsonFields.text(body, "token")).isNull();
        assertThat(JsonFields.text("{\"token\":", "token")).isNull();
    }

    @Test
    void theOrderTemplateIsTheConfirmationTheBenchmarkSends() {
        assertThat(ShopHttp.order(1001, "1.00"))
                .isEqualTo("{\"goodsId\":1001,\"goodsNumber\":1,\"goodsPrice\":19.90,"
                        + "\"shippingFee\":10.00,\"orderAmount\":29.90,\"moneyPaid\":1.00,"
                        + "\"address\":\"1 Bench Street, Hangzhou\",\"consignee\":\"Bench Shopper\"}");
    }
}
