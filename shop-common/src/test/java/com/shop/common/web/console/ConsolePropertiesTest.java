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
    void noOriginIsAllowedUnlessNamed() {
        assertThat(new ConsoleProperties().getOrigins()).isEmpty();
    }
}
