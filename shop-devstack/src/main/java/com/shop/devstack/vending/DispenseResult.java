package com.shop.devstack.vending;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a machine reports on {@code vm/{innerCode}/vendout/result}; {@code reason} is null on success.
 *
 * @param commandId the id of the command answered, echoed as it came (null when the command carried none)
 */
record DispenseResult(String orderId, String commandId, boolean success, String reason) {

    static DispenseResult succeeded(DispenseCommand command) {
        return new DispenseResult(command.orderId(), command.commandId(), true, null);
    }

    static DispenseResult failed(DispenseCommand command, String reason) {
        return new DispenseResult(command.orderId(), command.commandId(), false, reason);
    }

    byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", orderId);
        json.put("commandId", commandId);
        json.put("success", success);
        json.put("reason", reason);
        return JSON.toJSONString(json, JSONWriter.Feature.WriteNulls).getBytes(StandardCharsets.UTF_8);
    }
}
