package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.vending.ChannelStateView;
import com.shop.pojo.vending.MachineStateView;
import com.shop.pojo.vending.MachineStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Operators see every machine with its lease holder and channel capacities; shoppers cannot. */
class AdminMachinesApiTest extends OrderWebTestBase {

    private static final long HOLDER = 7_312_345_678_901_234_567L;

    @Test
    void anOperatorSeesTheLeaseHolderAndEveryChannelsCapacity() throws Exception {
        VENDING_ADMIN.put(machine("01000028", HOLDER));
        VENDING_ADMIN.put(machine("01000029", null));

        String body = mvc.perform(get("/api/admin/machines").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].innerCode").value("01000028"))
                .andExpect(jsonPath("$[0].leaseOrderId").value(Long.toString(HOLDER)))
                .andExpect(jsonPath("$[0].channels[0].channelCode").value("A1"))
                .andExpect(jsonPath("$[0].channels[0].units").value(0))
                .andExpect(jsonPath("$[0].channels[0].maxCapacity").value(10))
                .andExpect(jsonPath("$[1].leaseOrderId").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"price\":2.50");
    }

    @Test
    void aShopperIsForbiddenAndAStrangerUnauthenticated() throws Exception {
        mvc.perform(get("/api/admin/machines").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"));
        mvc.perform(get("/api/admin/machines")).andExpect(problem(401, "UNAUTHENTICATED"));

        assertThat(VENDING_ADMIN.calls()).isZero();
    }

    private static MachineStateView machine(String innerCode, Long leaseHolder) {
        return MachineStateView.builder()
                .innerCode(innerCode)
                .address("1 Lobby " + innerCode)
                .status(MachineStatus.IN_SERVICE)
                .leaseOrderId(leaseHolder)
                .channels(List.of(new ChannelStateView("A1", 2001L, "Water", new BigDecimal("2.5"), 0, 10)))
                .build();
    }
}
