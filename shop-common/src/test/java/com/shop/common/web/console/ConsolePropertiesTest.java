package com.shop.common.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsolePropertiesTest {

    @Test
    void theSandboxIsOfferedInDevelopmentModeOnly() {
        ConsoleProperties console = new ConsoleProperties();
        console.setSandboxUrl("http://127.0.0.1:18090");

        assertThat(console.offeredSandboxUrl()).isNull();

        console.setDevMode(true);
        assertThat(console.offeredSandboxUrl()).isEqualTo("http://127.0.0.1:18090");
    }

    @Test
    void theSimulatorAndTheCheckerAreOfferedInDevelopmentModeOnly() {
        ConsoleProperties console = new ConsoleProperties();

        assertThat(console.offeredSimulatorUrl()).isNull();
        assertThat(console.offeredCheckerUrl()).isNull();

        console.setDevMode(true);
        assertThat(console.offeredSimulatorUrl()).isEqualTo("http://127.0.0.1:18091");
        assertThat(console.offeredCheckerUrl()).isEqualTo("http://127.0.0.1:18092");
    }

    @Test
    void thePageCallsPayWebAlwaysAndTheDevelopmentToolsOnlyInDevelopmentMode() {
        ConsoleProperties console = new ConsoleProperties();
        console.setPayWebUrl("https://pay.example.com");

        assertThat(console.calledOrigins()).containsExactly("https://pay.example.com");

        console.setDevMode(true);
        console.setCheckerUrl("");
        assertThat(console.calledOrigins())
                .containsExactly("https://pay.example.com", "http://127.0.0.1:18090", "http://127.0.0.1:18091");
    }

    @Test
    void noOriginIsAllowedUnlessNamed() {
        assertThat(new ConsoleProperties().getOrigins()).isEmpty();
    }
}
