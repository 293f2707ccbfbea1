package com.shop.coupon.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.coupon.application.WelcomeCoupons;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.UserRegistered;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Issues a new user's welcome coupon, once per user. */
@Component
@RocketMQMessageListener(topic = MessageTopics.USER, selectorExpression = MessageTopics.USER_REGISTERED,
        consumerGroup = UserRegisteredListener.GROUP, consumeThreadNumber = 2, consumeThreadMax = 2)
public class UserRegisteredListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "coupon-user-registered";

    private final IdempotentConsumer consumer;
    private final WelcomeCoupons welcome;

    public UserRegisteredListener(IdempotentConsumer consumer, WelcomeCoupons welcome) {
        this.consumer = consumer;
        this.welcome = welcome;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, UserRegistered.class, user -> welcome.issueFor(user.getUserId()));
    }
}
