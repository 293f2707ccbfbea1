package com.shop.order.rpc;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.common.trail.ServiceOrderTrail;
import com.shop.common.trail.TrailSource;
import com.shop.pojo.trail.OrderTrailView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The order service's part of an order's trail, under its own group: every service provides
 * {@link OrderTrail}, and the order web edge asks each group. Exported by {@link RemoteServices}, as every provider
 * of this service is.
 */
@Component
public class OrderTrailProvider implements OrderTrail {

    private final OrderTrail trail;

    public OrderTrailProvider(List<TrailSource> sources) {
        this.trail = new ServiceOrderTrail(ServiceGroups.ORDER, sources);
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        return trail.trailOf(orderId);
    }
}
