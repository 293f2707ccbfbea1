package com.shop.infra;

import org.apache.rocketmq.store.ha.DefaultHAService;

/**
 * The HA service of a master that never has slaves. RocketMQ's default opens the HA accept socket on every interface
 * (broker port + 1) whatever the bind address; skipping it keeps the broker on loopback. RocketMQ loads this class
 * through {@code META-INF/service/org.apache.rocketmq.store.ha.HAService}.
 */
public class MasterOnlyHaService extends DefaultHAService {

    @Override
    public void start() {
        groupTransferService.start();
        haConnectionStateNotificationService.start();
    }
}
