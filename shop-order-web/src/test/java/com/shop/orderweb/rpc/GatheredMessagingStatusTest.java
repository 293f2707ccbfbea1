package com.shop.orderweb.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.MessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.pojo.messaging.MessagingReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gathering every service's messaging status: each report in the services' order, the silent ones named. */
class GatheredMessagingStatusTest {

    private GatheredMessagingStatus gathered;

    @AfterEach
    void close() {
        if (gathered != null) {
            gathered.close();
        }
    }

    private static MessagingStatus answering(String service, long pending) {
        MessagingReport report = MessagingReport.builder()
                .service(service)
                .outboxPending(pending)
                .build();
        return () -> new MessagingOverview(List.of(report), List.of());
    }

    private MessagingOverview gather(Map<String, MessagingStatus> services) {
        gathered = new GatheredMessagingStatus(
                new EveryService<>(services, Executors.newFixedThreadPool(5), Duration.ofMillis(200)));
        return gathered.overview();
    }

    @Test
    void everyServicesReportComesInTheServicesOrder() {
        Map<String, MessagingStatus> services = new LinkedHashMap<>();
        services.put("order", answering("order", 3));
        services.put("goods", answering("goods", 0));
        services.put("pay", answering("pay", 1));

        MessagingOverview overview = gather(services);

        assertThat(overview.isPartial()).isFalse();
        assertThat(overview.getServices())
                .extracting(MessagingReport::getService, MessagingReport::getOutboxPending)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order", 3L),
                        org.assertj.core.groups.Tuple.tuple("goods", 0L),
                        org.assertj.core.groups.Tuple.tuple("pay", 1L));
    }

    @Test
    void aServiceThatDoesNotAnswerIsUnavailableAndTheOthersAreStillShown() {
        Map<String, MessagingStatus> services = new LinkedHashMap<>();
        services.put("order", answering("order", 3));
        services.put("coupon", () -> {
            throw new IllegalStateException("No provider available");
        });
        services.put("user", () -> new MessagingOverview(null, List.of()));

        MessagingOverview overview = gather(services);

        assertThat(overview.isPartial()).isTrue();
        assertThat(overview.getUnavailable()).containsExactly("coupon");
        assertThat(overview.getServices())
                .extracting(MessagingReport::getService)
                .containsExactly("order");
    }
}
