package com.shop.order.support;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.rpc.RpcContext;

final class Calls {

    private Calls() {}

    /** How the current call reached the provider: "dubbo" over the network, "injvm" when Dubbo short-cut it. */
    static String protocol() {
        URL url = RpcContext.getServiceContext().getUrl();
        return url == null ? "direct" : url.getProtocol();
    }
}
