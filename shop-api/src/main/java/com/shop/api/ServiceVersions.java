package com.shop.api;

/** Version of every Dubbo interface in this jar; providers and references must agree on it. */
public final class ServiceVersions {

    public static final String V1 = "1.0.0";

    private ServiceVersions() {}
}
