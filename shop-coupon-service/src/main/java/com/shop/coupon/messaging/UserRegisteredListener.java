package com.shop.coupon.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.coupon.application.WelcomeCoupons;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.UserRegistered;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Issues a new user's welcome coupon, once per user. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.USER,
        selectorExpression = MessageTopics.USER_REGISTERED,
        consumerGroup = UserRegisteredListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class UserRegisteredListener extends IdempotentListener<UserRegistered> {

    static final String GROUP = "coupon-user-registered";

    private final WelcomeCoupons welcome;

    public UserRegisteredListener(IdempotentConsumer consumer, WelcomeCoupons welcome) {
        super(consumer, UserRegistered.class);
        this.welcome = welcome;
    }

    @Override
    protected void effect(UserRegistered event) {
        welcome.issueFor(event.getUserId());
    }
}
