package com.shop.check;

/**
 * Messages end in every service: an outbox row is sent (one the relay gave up on, parked, counts as unsent), and a
 * consumed message succeeds; a message still failing or processing past the bound is reported with its last error.
 */
final class MessagingInvariants implements InvariantGroup {

    static final String SENT = "no outbox row is left unsent past the bound";
    static final String CONSUMED = "no consumed message is left failing or processing past the bound";

    @Override
    public void check(CheckContext context) {
        for (String service : ShopDatabases.SERVICES) {
            context.findings()
                    .offending(
                            SENT,
                            context.db()
                                    .rows(
                                            service,
                                            "SELECT '" + service + "' AS service, id,"
                                                    + " msg_topic, msg_tag, msg_key, msg_status, attempts, last_error, create_time"
                                                    + " FROM trade_mq_producer_temp WHERE msg_status <> 1 AND create_time < NOW(3) - INTERVAL ? MICROSECOND",
                                            CheckContext.micros(context.bounds().unsent())));
            context.findings()
                    .offending(
                            CONSUMED,
                            context.db()
                                    .rows(
                                            service,
                                            "SELECT '" + service + "' AS service,"
                                                    + " group_name, msg_tag, msg_key, consumer_status, consumer_times, remark, consumer_timestamp"
                                                    + " FROM trade_mq_consumer_log WHERE consumer_status <> 1"
                                                    + " AND consumer_timestamp < NOW(3) - INTERVAL ? MICROSECOND",
                                            context.stuckMicros()));
        }
    }
}
