package com.shop.common.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.rocketmq.client.common.ClientErrorCode;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.remoting.exception.RemotingConnectException;
import org.apache.rocketmq.remoting.exception.RemotingTooMuchRequestException;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.junit.jupiter.api.Test;

/** The failures the producer throws, as it builds them: which are the message's own. */
class SendFailuresTest {

    @Test
    void aBrokerThatCannotBeReachedOrIsBusyRefusesNothing() {
        assertThat(SendFailures.isRefusal(new MQClientException(
                        "Send [2] times, still failed", new RemotingConnectException("127.0.0.1:10911"))))
                .isFalse();
        assertThat(SendFailures.isRefusal(new RemotingTooMuchRequestException("sendDefaultImpl call timeout")))
                .isFalse();
        assertThat(SendFailures.isRefusal(new MQClientException("No route info of this topic", null)
                        .setResponseCode(ClientErrorCode.NOT_FOUND_TOPIC_EXCEPTION)))
                .isFalse();
        assertThat(SendFailures.isRefusal(new MQBrokerException(ResponseCode.SYSTEM_BUSY, "too many requests")))
                .isFalse();
    }

    @Test
    void anIllegalMessageOrAForbiddenTopicIsRefused() {
        assertThat(SendFailures.isRefusal(
                        new MQClientException(ResponseCode.MESSAGE_ILLEGAL, "the message body length is zero")))
                .isTrue();
        assertThat(SendFailures.isRefusal(new MQBrokerException(ResponseCode.NO_PERMISSION, "no permission")))
                .isTrue();
        assertThat(SendFailures.isRefusal(
                        new MQClientException("The specified topic[a b] contains illegal characters", null)))
                .isTrue();
    }
}
