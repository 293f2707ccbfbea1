package com.shop.devstack.vending;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import java.nio.charset.StandardCharsets;

/**
 * What the goods service asks a machine on {@code vm/{innerCode}/vendout}: hand out the goods of one order from one
 * channel. Only {@code orderId} is required; fields the simulator does not know are ignored.
 *
 * @param innerCode the machine the command was sent to, taken from its topic
 * @param commandId the goods service's id of this command, which the answer echoes
 */
public record DispenseCommand(
        String orderId,
        String commandId,
        String innerCode,
        String channelCode,
        Long goodsId,
        Long requestTime,
        Integer timeoutSeconds) {

    private static final int QUOTED_PAYLOAD_CHARS = 200;

    /**
     * Reads a command's JSON payload.
     *
     * @param machine the inner code of the topic it arrived on; a payload naming another machine is refused
     */
    static DispenseCommand parse(String machine, byte[] payload) throws MalformedCommandException {
        String text = new String(payload, StandardCharsets.UTF_8);
        JSONObject json;
        try {
            json = JSON.parseObject(text);
        } catch (JSONException e) {
            throw new MalformedCommandException("not a JSON object: " + quoted(text));
        }
        if (json == null) {
            throw new MalformedCommandException("empty payload");
        }
        DispenseCommand command;
        try {
            command = new DispenseCommand(
                    json.getString("orderId"),
                    json.getString("commandId"),
                    json.getString("innerCode"),
                    json.getString("channelCode"),
                    json.getLong("goodsId"),
                    json.getLong("requestTime"),
                    json.getInteger("timeoutSeconds"));
        } catch (RuntimeException e) {
            // a number field holding text, say
            throw new MalformedCommandException("a field has the wrong type in " + quoted(text));
        }
        if (command.orderId() == null || command.orderId().isBlank()) {
            throw new MalformedCommandException("no orderId in " + quoted(text));
        }
        if (command.innerCode() != null && !command.innerCode().equals(machine)) {
            throw new MalformedCommandException(
                    "command for machine " + command.innerCode() + " sent to machine " + machine);
        }
        return new DispenseCommand(
                command.orderId(),
                command.commandId(),
                machine,
                command.channelCode(),
                command.goodsId(),
                command.requestTime(),
                command.timeoutSeconds());
    }

    private static String quoted(String text) {
        return "'" + (text.length() > QUOTED_PAYLOAD_CHARS ? text.substring(0, QUOTED_PAYLOAD_CHARS) + "..." : text)
                + "'";
    }
}
