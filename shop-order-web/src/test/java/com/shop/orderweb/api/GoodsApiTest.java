package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.Date;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class GoodsApiTest extends OrderWebTestBase {

    @BeforeEach
    void someGoods() {
        GOODS.put(GoodsView.builder()
                .goodsId(1L)
                .goodsName("tea")
                .goodsNumber(20)
                .goodsPrice(new BigDecimal("25"))
                .goodsDesc("green tea")
                .addTime(new Date(1_700_000_000_000L))
                .build());
        GOODS.put(GoodsView.builder()
                .goodsId(2L)
                .goodsName("cup")
                .goodsNumber(0)
                .goodsPrice(new BigDecimal("12.5"))
                .build());
    }

    @Test
    void listsGoodsWithTwoDecimalPrices() throws Exception {
        String body = mvc.perform(get("/api/goods").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].goodsId").value(1))
                .andExpect(jsonPath("$[0].goodsName").value("tea"))
                .andExpect(jsonPath("$[0].goodsNumber").value(20))
                .andExpect(jsonPath("$[0].goodsDesc").value("green tea"))
                .andExpect(jsonPath("$[0].addTime").value("2023-11-14T22:13:20Z"))
                .andExpect(jsonPath("$[1].goodsNumber").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"goodsPrice\":25.00").contains("\"goodsPrice\":12.50");
    }

    @Test
    void showsOneGoods() throws Exception {
        String body = mvc.perform(get("/api/goods/2").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodsId").value(2))
                .andExpect(jsonPath("$.goodsName").value("cup"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"goodsPrice\":12.50");
    }

    @Test
    void unknownGoodsIsNotFound() throws Exception {
        mvc.perform(get("/api/goods/404").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "GOODS_NOT_FOUND"));
    }

    @Test
    void aGoodsIdThatIsNotANumberIsInvalid() throws Exception {
        mvc.perform(get("/api/goods/tea").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(get("/api/goods/99999999999999999999").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void anUnreachableGoodsServiceIsUnavailable() throws Exception {
        GOODS.failWith(new RpcException(RpcException.TIMEOUT_EXCEPTION, "Invoke remote method timeout"));

        mvc.perform(get("/api/goods").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(503, "SERVICE_UNAVAILABLE"));
    }
}
