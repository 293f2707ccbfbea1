package com.shop.common.messaging;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;

/** Message bodies are JSON written and read by fastjson2; one place decides the format. */
public final class MessageCodec {

    public String encode(Object payload) {
        return JSON.toJSONString(payload, JSONWriter.Feature.WriteBigDecimalAsPlain);
    }

    public <T> T decode(byte[] body, Class<T> type) {
        T value = JSON.parseObject(body, type);
        if (value == null) {
            throw new IllegalArgumentException("empty message body for " + type.getSimpleName());
        }
        return value;
    }
}
