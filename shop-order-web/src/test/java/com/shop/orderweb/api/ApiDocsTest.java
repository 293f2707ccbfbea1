package com.shop.orderweb.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class ApiDocsTest extends OrderWebTestBase {

    @Test
    void describesTheEndpointsBearerAuthAndProblemCodes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/auth/login'].post").exists())
                .andExpect(jsonPath("$.paths['/api/auth/login'].post.security").isEmpty())
                .andExpect(
                        jsonPath("$.paths['/api/auth/register'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/auth/register'].post.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/vending/machines/{innerCode}/goods/{goodsId}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/goods'].get").exists())
                .andExpect(jsonPath("$.paths['/api/goods/{goodsId}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/users/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/coupons'].get").exists())
                .andExpect(
                        jsonPath("$.paths['/api/orders'].post.responses['201']").exists())
                .andExpect(jsonPath(
                        "$.paths['/api/orders'].post.responses['409'].description",
                        Matchers.containsString("STOCK_INSUFFICIENT")))
                .andExpect(
                        jsonPath("$.paths['/api/orders'].post.responses['401']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/orders'].post.responses['503']").exists())
                .andExpect(jsonPath(
                        "$.paths['/api/orders'].get.parameters[*].name", Matchers.containsInAnyOrder("page", "size")))
                .andExpect(jsonPath("$.paths['/api/orders/{orderId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/orders/{orderId}/cancel'].post.responses['200']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/orders/{orderId}/cancel'].post.responses['404']")
                        .exists())
                .andExpect(jsonPath(
                        "$.paths['/api/orders/{orderId}/cancel'].post.responses['409'].description",
                        Matchers.containsString("ORDER_STATE_CONFLICT")))
                .andExpect(jsonPath("$.paths['/api/orders/{orderId}/cancel'].post.responses['503']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/orders/{orderId}/cancel'].post.responses['401']")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes['bearer-jwt'].scheme")
                        .value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes['bearer-jwt'].bearerFormat")
                        .value("JWT"))
                .andExpect(jsonPath("$.security[0]['bearer-jwt']").exists())
                .andExpect(jsonPath(
                        "$.components.schemas.Problem.properties.code.enum",
                        Matchers.hasItems(
                                "STOCK_INSUFFICIENT",
                                "COUPON_UNAVAILABLE",
                                "BALANCE_INSUFFICIENT",
                                "PRICE_MISMATCH",
                                "GOODS_NOT_FOUND",
                                "ORDER_NOT_FOUND",
                                "UNAUTHENTICATED",
                                "AUTHENTICATION_FAILED",
                                "INVALID_REQUEST",
                                "SERVICE_UNAVAILABLE",
                                "INTERNAL_ERROR")))
                .andExpect(jsonPath("$.components.schemas.OrderResponse.properties.orderId.type")
                        .value("string"))
                .andExpect(jsonPath(
                        "$.components.schemas.OrderResponse.properties.orderStatus.description",
                        Matchers.containsString("CANCELLED 2")))
                .andExpect(jsonPath(
                        "$.components.schemas.OrderResponse.properties.payStatus.description",
                        Matchers.containsString("PAID 2")))
                .andExpect(jsonPath("$.components.schemas.PlaceOrderRequest.properties.userId")
                        .doesNotExist())
                .andExpect(jsonPath(
                        "$.info.description",
                        Matchers.allOf(
                                Matchers.containsString("order_status 0 UNCONFIRMED"),
                                Matchers.containsString("pay_status 0 UNPAID"),
                                Matchers.containsString("POST /api/orders/{orderId}/cancel"),
                                Matchers.containsString("`STOCK_INSUFFICIENT` 409"))));
    }

    @Test
    void swaggerUiIsOpen() throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
