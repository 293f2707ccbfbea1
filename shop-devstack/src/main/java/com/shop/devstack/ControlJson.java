package com.shop.devstack;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONWriter;

/** The JSON of the simulated platforms' control endpoints. */
public final class ControlJson {

    private ControlJson() {}

    /** With nulls written out, so a field without a value shows as null rather than as an absent field. */
    public static String write(Object json) {
        return JSON.toJSONString(json, JSONWriter.Feature.WriteNulls);
    }
}
