package com.shop.devstack.vending;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a machine reports on {@code vm/{innerCode}/vendout/result}; {@code reason} is null on success. */
record DispenseResult(String orderId, boolean success, String reason) {

    static DispenseResult succeeded(String orderId) {
        return new DispenseResult(orderId, true, null);
    }

    static DispenseResult failed(String orderId, String reason) {
        return new DispenseResult(orderId, false, reason);
    }

    byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", orderId);
        json.put("success", success);
        json.put("reason", reason);
        return JSON.toJSONString(json, JSONWriter.Feature.WriteNulls).getBytes(StandardCharsets.UTF_8);
    }
}
