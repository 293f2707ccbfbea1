package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.infra.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher reports an application that dies while starting or never gets ready. */
class ReadinessTest {

    @TempDir
    Path logs;

    private ProviderRegistry registry;
    private Readiness readiness;
    private ServiceProcess process;

    @BeforeEach
    void createReadiness() {
        // nothing listens there: these applications fail before ZooKeeper would be asked
        registry = new ProviderRegistry("127.0.0.1:" + FreePorts.next());
        readiness = new Readiness(new HealthProbe(), registry);
    }

    @AfterEach
    void cleanUp() {
        if (process != null) {
            process.kill();
        }
        registry.close();
    }

    @Test
    void failsFastWhenAnApplicationDies() throws Exception {
        process = start("echo 'APPLICATION FAILED TO START: port in use'; exit 3");
        long begin = System.nanoTime();

        assertThatThrownBy(() -> readiness.await(List.of(process), Duration.ofSeconds(60), () -> false))
                .isInstanceOf(DevStackStartException.class)
                .hasMessageContaining("shop-goods-service")
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("APPLICATION FAILED TO START: port in use");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anApplicationThatDiesWhileStartingIsStartedAgainAsOftenAsAllowed() throws Exception {
        process = start("echo 'broker too busy'; exit 1");
        List<ServiceProcess> relaunched = new ArrayList<>();

        assertThatThrownBy(() -> readiness.await(List.of(process), Duration.ofSeconds(60), () -> false, 2, exited -> {
                    try {
                        ServiceProcess again = start("echo 'still too busy'; exit 1");
                        relaunched.add(again);
                        return again;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .isInstanceOf(DevStackStartException.class)
                .hasMessageContaining("still too busy");

        assertThat(relaunched).hasSize(2);
    }

    @Test
    void namesTheApplicationThatIsNotReadyInTime() throws Exception {
        process = start("echo 'still starting'; sleep 30");

        assertThatThrownBy(() -> readiness.await(List.of(process), Duration.ofSeconds(1), () -> false))
                .isInstanceOf(DevStackStartException.class)
                .hasMessageContaining("not ready after 1 s")
                .hasMessageContaining("/actuator/health is not UP")
                .hasMessageContaining("still starting");
    }

    @Test
    void stopsWaitingWhenTheStackStops() throws Exception {
        process = start("sleep 30");

        assertThatThrownBy(() -> readiness.await(List.of(process), Duration.ofSeconds(60), () -> true))
                .hasMessageContaining("stopped while starting");
    }

    private ServiceProcess start(String script) throws Exception {
        ServiceProcess started = ServiceProcess.start(
                ShopApplication.GOODS_SERVICE,
                List.of("sh", "-c", script),
                Map.of(),
                logs.resolve("shop-goods-service.log"),
                FreePorts.next());
        Thread.sleep(300);
        return started;
    }
}
