package com.shop.goods.vending.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MachineProtocolTest {

    @Test
    void aCommandCarriesTheOrderIdAsAString() {
        long orderId = 1_234_567_890_123_456_789L;
        byte[] payload = MachineProtocol.command(new DispenseCommand(
                orderId,
                "Zm9yLXRoaXMtY29tbWFuZA",
                "01000028",
                "A1",
                2001,
                Instant.ofEpochMilli(1_700_000_000_123L),
                60));

        JSONObject json = JSON.parseObject(new String(payload, StandardCharsets.UTF_8));
        assertThat(json)
                .containsEntry("orderId", "1234567890123456789")
                .containsEntry("innerCode", "01000028")
                .containsEntry("channelCode", "A1")
                .containsEntry("goodsId", 2001)
                .containsEntry("requestTime", 1_700_000_000_123L)
                .containsEntry("timeoutSeconds", 60)
                .containsEntry("commandId", "Zm9yLXRoaXMtY29tbWFuZA")
                .hasSize(7);
        assertThat(new String(payload, StandardCharsets.UTF_8)).startsWith("{\"orderId\":\"1234567890123456789\"");
    }

    @Test
    void commandsGoToTheMachinesOwnTopic() {
        assertThat(MachineProtocol.commandTopic("01000028")).isEqualTo("vm/01000028/vendout");
        assertThatThrownBy(() -> MachineProtocol.commandTopic("01/+")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MachineProtocol.commandTopic("#")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsNameTheirMachineByTheirTopic() {
        assertThat(MachineProtocol.machineOfResult("vm/01000028/vendout/result"))
                .contains("01000028");
        assertThat(MachineProtocol.machineOfResult("vm/01000028/vendout")).isEmpty();
        assertThat(MachineProtocol.machineOfResult("vm//vendout/result")).isEmpty();
        assertThat(MachineProtocol.machineOfResult("xx/01000028/vendout/result"))
                .isEmpty();
    }

    @Test
    void readsSuccessesAndFailuresWithTheCommandIdTheyEcho() {
        assertThat(result("{\"orderId\":\"42\",\"commandId\":\"c-1\",\"success\":true}"))
                .isEqualTo(new DispenseResult(42, "c-1", true, null));
        assertThat(result("{\"orderId\":42,\"commandId\":\"c-2\",\"success\":false,\"reason\":\"jammed\"}"))
                .isEqualTo(new DispenseResult(42, "c-2", false, "jammed"));
    }

    /** Read, so that the application can log it before it ignores it. */
    @Test
    void aResultWithoutACommandIdIsReadWithoutOne() {
        assertThat(result("{\"orderId\":\"42\",\"success\":true}")).isEqualTo(new DispenseResult(42, null, true, null));
    }

    @Test
    void somethingElseIsNoResult() {
        for (String payload : new String[] {
            "",
            "null",
            "[1]",
            "not json",
            "{\"orderId\":\"42\"}",
            "{\"orderId\":\"x\",\"success\":true}",
            "{\"success\":true}",
            "{\"orderId\":\"42\",\"success\":\"yes\"}",
            "{\"orderId\":4.2,\"success\":true}"
        }) {
            assertThat(MachineProtocol.result(payload.getBytes(StandardCharsets.UTF_8)))
                    .as(payload)
                    .isEmpty();
        }
    }

    private static DispenseResult result(String payload) {
        return MachineProtocol.result(payload.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
