package com.shop.goods.vending.mqtt;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseResult;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the machines understand over MQTT: a command on {@code vm/<innerCode>/vendout}, answered on
 * {@code vm/<innerCode>/vendout/result}, both JSON. Order ids travel as strings, as JavaScript-based machines cannot
 * hold a 64-bit id in a number.
 */
public final class MachineProtocol {

    /** Every machine's results. */
    public static final String RESULT_SUBSCRIPTION = "vm/+/vendout/result";
    /** Exactly once both ways: a command dispensed twice gives away a unit, a result lost leaves a paid order hanging. */
    public static final int QOS = 2;

    /** A topic level: no separators or wildcards, or a command could reach other machines than its own. */
    private static final Pattern INNER_CODE = Pattern.compile("[^/+#\\s]{1,32}");

    private MachineProtocol() {}

    public static String commandTopic(String innerCode) {
        if (innerCode == null || !INNER_CODE.matcher(innerCode).matches()) {
            throw new IllegalArgumentException("not a machine's inner code: '" + innerCode + "'");
        }
        return "vm/" + innerCode + "/vendout";
    }

    /** The machine a result came from, named by its topic; empty for a topic that is not a machine's result topic. */
    public static Optional<String> machineOfResult(String topic) {
        String[] levels = topic == null ? new String[0] : topic.split("/", -1);
        if (levels.length == 4
                && levels[0].equals("vm")
                && levels[2].equals("vendout")
                && levels[3].equals("result")
                && INNER_CODE.matcher(levels[1]).matches()) {
            return Optional.of(levels[1]);
        }
        return Optional.empty();
    }

    /**
     * {@code {"orderId":"<id>","commandId":"<id>","innerCode":"…","channelCode":"A1","goodsId":2001,
     * "requestTime":<ms>,"timeoutSeconds":60}}
     */
    public static byte[] command(DispenseCommand command) {
        JSONObject json = new JSONObject();
        json.put("orderId", Long.toString(command.getOrderId()));
        json.put("commandId", command.getCommandId());
        json.put("innerCode", command.getInnerCode());
        json.put("channelCode", command.getChannelCode());
        json.put("goodsId", command.getGoodsId());
        json.put("requestTime", command.getRequestTime().toEpochMilli());
        json.put("timeoutSeconds", command.getTimeoutSeconds());
        return JSON.toJSONBytes(json);
    }

    /**
     * Reads {@code {"orderId":"<id>","commandId":"<id>","success":true|false,"reason":"…"}}; an order id given as a
     * number is taken too. A missing command id is read as null, for the application to refuse.
     *
     * @return empty when the payload is not such a result
     */
    public static Optional<DispenseResult> result(byte[] payload) {
        try {
            JSONObject json = JSON.parseObject(payload);
            if (json == null || !(json.get("success") instanceof Boolean success)) {
                return Optional.empty();
            }
            Object orderId = json.get("orderId");
            if (!(orderId instanceof String || orderId instanceof Long || orderId instanceof Integer)) {
                return Optional.empty();
            }
            Object commandId = json.get("commandId");
            Object reason = json.get("reason");
            return Optional.of(new DispenseResult(
                    Long.parseLong(orderId.toString().strip()), textOrNull(commandId), success, textOrNull(reason)));
        } catch (JSONException | NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private static String textOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
