package com.shop.common.messaging.deadletter;

import java.time.Duration;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageAccessor;
import org.apache.rocketmq.common.message.MessageConst;
import org.apache.rocketmq.common.message.MessageExt;

/**
 * Delivers a dead letter again to the one consumer group it died in, once the cause of its failures is fixed. It goes
 * to the group's retry topic ({@code %RETRY%<group>}), which only that group reads, marked with its original topic,
 * so the group's listener gets it as it did the first time while the other groups of the topic, which consumed it
 * already, do not see it again (a listener without a consumer log, such as the dispense commands, would act twice).
 * If it fails again it goes through the redeliveries and back into the dead-letter queue.
 */
@Slf4j
public class DeadLetterReplay {

    private final DefaultMQProducer producer;
    private final Duration sendTimeout;

    public DeadLetterReplay(DefaultMQProducer producer, Duration sendTimeout) {
        this.producer = producer;
        this.sendTimeout = sendTimeout;
    }

    /**
     * @param messageId the dead letter's id as logged ({@link DeadLetter#messageId()})
     * @return the id of the message sent again
     */
    public String replay(String group, String messageId) throws Exception {
        MessageExt dead =
                producer.getDefaultMQProducerImpl().queryMessageByUniqKey(MixAll.getDLQTopic(group), messageId);
        Message again = new Message(MixAll.getRetryTopic(group), dead.getTags(), dead.getKeys(), dead.getBody());
        copyUserProperties(dead, again);
        MessageAccessor.putProperty(again, MessageConst.PROPERTY_RETRY_TOPIC, originalTopic(dead));
        SendResult result = producer.send(again, sendTimeout.toMillis());
        if (result.getSendStatus() != SendStatus.SEND_OK) {
            throw new IllegalStateException("the broker answered " + result.getSendStatus());
        }
        log.info(
                "Replayed dead letter {} of {} ({} {}) as {}",
                messageId,
                group,
                originalTopic(dead),
                dead.getKeys(),
                result.getMsgId());
        return result.getMsgId();
    }

    /** The application's own properties (the outbox row id, ...); the broker's and the client's are set anew. */
    private static void copyUserProperties(MessageExt from, Message to) {
        for (Map.Entry<String, String> property : from.getProperties().entrySet()) {
            if (!MessageConst.STRING_HASH_SET.contains(property.getKey())) {
                to.putUserProperty(property.getKey(), property.getValue());
            }
        }
    }

    private static String originalTopic(MessageExt dead) {
        String topic = dead.getProperty(MessageConst.PROPERTY_DLQ_ORIGIN_TOPIC);
        return topic != null ? topic : dead.getProperty(MessageConst.PROPERTY_RETRY_TOPIC);
    }
}
