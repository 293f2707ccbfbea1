package com.shop.user.rpc;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.common.trail.ServiceOrderTrail;
import com.shop.common.trail.TrailSource;
import com.shop.pojo.trail.OrderTrailView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * The user service's part of an order's trail, under its own group: every service provides
 * {@link OrderTrail}, and the order web edge asks each group.
 */
@DubboService(version = ServiceVersions.V1, group = ServiceGroups.USER)
public class OrderTrailProvider implements OrderTrail {

    private final OrderTrail trail;

    public OrderTrailProvider(List<TrailSource> sources) {
        this.trail = new ServiceOrderTrail(ServiceGroups.USER, sources);
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        return trail.trailOf(orderId);
    }
}
