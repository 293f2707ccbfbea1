package com.shop.devstack.infra;

import org.apache.rocketmq.store.ha.DefaultHAService;

/**
 * The embedded broker is a single master: it never serves a slave, so the HA accept socket (listen port + 1,
 * always bound to every interface) is not opened. Registered through RocketMQ's own service loader file
 * {@code META-INF/service/org.apache.rocketmq.store.ha.HAService}.
 */
public class LoopbackOnlyHAService extends DefaultHAService {

    @Override
    public void start() throws Exception {
        groupTransferService.start();
        haConnectionStateNotificationService.start();
    }

    @Override
    public void shutdown() {
        groupTransferService.shutdown();
        haConnectionStateNotificationService.shutdown();
    }
}
