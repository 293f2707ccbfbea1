package com.shop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds order requests whose figures agree with the server's rules: free shipping over 100.00, else 10.00. */
final class OrderFlows {

    static final long BOB = 2;
    static final String PASSWORD = "shop-demo";

    private OrderFlows() {}

    static Map<String, Object> order(long goodsId, String price, int quantity, Long couponId, String moneyPaid) {
        BigDecimal goodsAmount = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
        BigDecimal shippingFee =
                goodsAmount.compareTo(new BigDecimal("100.00")) > 0 ? BigDecimal.ZERO : new BigDecimal("10.00");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goodsId", goodsId);
        body.put("goodsNumber", quantity);
        body.put("goodsPrice", new BigDecimal(price));
        body.put("shippingFee", shippingFee.setScale(2));
        body.put("orderAmount", goodsAmount.add(shippingFee).setScale(2));
        if (couponId != null) {
            body.put("couponId", couponId);
        }
        if (moneyPaid != null) {
            body.put("moneyPaid", new BigDecimal(moneyPaid));
        }
        body.put("address", "1 Test Street, Hangzhou");
        body.put("consignee", "Alice Tester");
        return body;
    }

    static long orderIdOf(ShopClient.Response response) {
        JsonNode json = response.json();
        return Long.parseLong(json.get("orderId").asText());
    }
}
