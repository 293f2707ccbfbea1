package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.api.exception.MachineBusyException;
import com.shop.orderweb.support.FakeOrderService;
import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.vending.MachineChannelView;
import com.shop.pojo.vending.MachineGoodsDetailView;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineStatus;
import com.shop.pojo.vending.MachineView;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class VendingApiTest extends OrderWebTestBase {

    private static final String MACHINE = "01000028";

    @BeforeEach
    void aMachine() {
        VENDING.put(
                MachineView.builder()
                        .innerCode(MACHINE)
                        .address("Lobby, 1 West Lake Road")
                        .status(MachineStatus.IN_SERVICE)
                        .build(),
                List.of(
                        MachineGoodsView.builder()
                                .goodsId(2001L)
                                .goodsName("Mineral water")
                                .capacity(12)
                                .price(new BigDecimal("2"))
                                .build(),
                        MachineGoodsView.builder()
                                .goodsId(2004L)
                                .goodsName("Potato chips")
                                .capacity(3)
                                .price(new BigDecimal("6.5"))
                                .build()));
        VENDING_CATALOG.put(MachineGoodsDetailView.builder()
                .innerCode(MACHINE)
                .address("Lobby, 1 West Lake Road")
                .goodsId(2001L)
                .goodsName("Mineral water")
                .goodsPrice(new BigDecimal("2.8"))
                .channels(List.of(
                        new MachineChannelView("A1", new BigDecimal("2.5"), 0),
                        new MachineChannelView("B1", new BigDecimal("2"), 12)))
                .build());
    }

    @Test
    void listsTheMachines() throws Exception {
        mvc.perform(get("/api/vending/machines").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].innerCode").value(MACHINE))
                .andExpect(jsonPath("$[0].address").value("Lobby, 1 West Lake Road"))
                .andExpect(jsonPath("$[0].status").value("IN_SERVICE"));
    }

    @Test
    void listsWhatAMachineSellsWithTwoDecimalPrices() throws Exception {
        String body = mvc.perform(get("/api/vending/machines/" + MACHINE + "/goods")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].goodsId").value(2001))
                .andExpect(jsonPath("$[0].capacity").value(12))
                .andExpect(jsonPath("$[1].goodsName").value("Potato chips"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"price\":2.00", "\"price\":6.50");
    }

    @Test
    void aGoodsAtAMachineShowsTheGoodsTheAddressAndEachChannelWithTwoDecimalPrices() throws Exception {
        String body = mvc.perform(get("/api/vending/machines/" + MACHINE + "/goods/2001")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goodsId").value(2001))
                .andExpect(jsonPath("$.goodsName").value("Mineral water"))
                .andExpect(jsonPath("$.innerCode").value(MACHINE))
                .andExpect(jsonPath("$.address").value("Lobby, 1 West Lake Road"))
                .andExpect(jsonPath("$.channels.length()").value(2))
                .andExpect(jsonPath("$.channels[0].channelCode").value("A1"))
                .andExpect(jsonPath("$.channels[0].units").value(0))
                .andExpect(jsonPath("$.channels[1].channelCode").value("B1"))
                .andExpect(jsonPath("$.channels[1].units").value(12))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"price\":2.80", "\"price\":2.50", "\"price\":2.00");
    }

    @Test
    void aGoodsNotAtTheMachineOrAnUnknownMachineIsNotFound() throws Exception {
        mvc.perform(get("/api/vending/machines/" + MACHINE + "/goods/2004")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "GOODS_NOT_FOUND"));
        mvc.perform(get("/api/vending/machines/99999999/goods/2001").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "MACHINE_NOT_FOUND"));
        mvc.perform(get("/api/vending/machines/" + MACHINE + "/goods/water")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(get("/api/vending/machines/" + MACHINE + "/goods/2001")).andExpect(problem(401, "UNAUTHENTICATED"));
    }

    @Test
    void anUnknownMachineIsNotFound() throws Exception {
        mvc.perform(get("/api/vending/machines/99999999/goods").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "MACHINE_NOT_FOUND"));
    }

    @Test
    void buyingConfirmsAnOrderOfTheCallerThatNamesItsMachine() throws Exception {
        String body = buy("{\"innerCode\":\"" + MACHINE + "\",\"goodsId\":2001,\"userId\":2,\"goodsPrice\":0.01}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/orders/" + FakeOrderService.FIRST_ORDER_ID))
                .andExpect(jsonPath("$.orderId").value(Long.toString(FakeOrderService.FIRST_ORDER_ID)))
                .andExpect(jsonPath("$.innerCode").value(MACHINE))
                .andExpect(jsonPath("$.goodsNumber").value(1))
                .andExpect(jsonPath("$.userId").value(ALICE))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"goodsPrice\":2.50", "\"shippingFee\":0.00", "\"payAmount\":2.50");
        assertThat(ORDERS.vendingConfirmations()).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.userId()).isEqualTo(ALICE);
            assertThat(confirmation.request().getInnerCode()).isEqualTo(MACHINE);
            assertThat(confirmation.request().getGoodsId()).isEqualTo(2001L);
        });
    }

    @Test
    void aBusyMachineIsAConflictNamingTheCancelledOrder() throws Exception {
        ORDERS.failWith(
                new MachineBusyException("machine " + MACHINE + " is dispensing for another order").withOrderId(42L));

        buy("{\"innerCode\":\"" + MACHINE + "\",\"goodsId\":2001}")
                .andExpect(problem(409, "MACHINE_BUSY"))
                .andExpect(jsonPath("$.orderId").value("42"));
    }

    @Test
    void malformedOrdersAreInvalidAndReachNoService() throws Exception {
        for (String body : new String[] {
            "{}",
            "{\"innerCode\":\"" + MACHINE + "\"}",
            "{\"goodsId\":2001}",
            "{\"innerCode\":\"0100 0028\",\"goodsId\":2001}",
            "{\"innerCode\":\"" + MACHINE + "\",\"goodsId\":-1}",
            "{\"innerCode\":\"" + "x".repeat(33) + "\",\"goodsId\":2001}",
            "{\"innerCode\":\"" + MACHINE + "\",\"goodsId\":\"water\"}",
            "not json"
        }) {
            buy(body).andExpect(problem(400, "INVALID_REQUEST"));
        }
        assertThat(ORDERS.vendingConfirmations()).isEmpty();
    }

    @Test
    void vendingNeedsAToken() throws Exception {
        mvc.perform(get("/api/vending/machines")).andExpect(problem(401, "UNAUTHENTICATED"));
        mvc.perform(post("/api/vending/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"innerCode\":\"" + MACHINE + "\",\"goodsId\":2001}"))
                .andExpect(problem(401, "UNAUTHENTICATED"));
        assertThat(ORDERS.vendingConfirmations()).isEmpty();
    }

    private ResultActions buy(String body) throws Exception {
        return mvc.perform(post("/api/vending/orders")
                .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
