package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherArgumentsTest {

    @Test
    void readsTheCommandAndItsOptions() {
        LauncherArguments arguments =
                LauncherArguments.parse("up", "--fresh", "--root", "/work/shop", "--timeout", "300");

        assertThat(arguments.command()).isEqualTo(LauncherArguments.Command.UP);
        assertThat(arguments.fresh()).isTrue();
        assertThat(arguments.root()).contains(Path.of("/work/shop"));
        assertThat(arguments.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(arguments.startOrder()).isEqualTo(StartOrder.WAVES);
    }

    @Test
    void defaultsToKeptDataTheFoundRootAndThreeMinutes() {
        LauncherArguments arguments = LauncherArguments.parse("infra");

        assertThat(arguments.command()).isEqualTo(LauncherArguments.Command.INFRA);
        assertThat(arguments.fresh()).isFalse();
        assertThat(arguments.root()).isEqualTo(Optional.empty());
        assertThat(arguments.timeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(arguments.optimizingJit()).isTrue();
        assertThat(arguments.instances()).isEqualTo(1);
    }

    @Test
    void runsUpToThreeInstancesOfEveryApplication() {
        assertThat(LauncherArguments.parse("up", "--instances", "2").instances())
                .isEqualTo(2);
        assertThat(LauncherArguments.parse("up", "--instances=3").instances()).isEqualTo(3);
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--instances", "4"))
                .hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--instances", "0"))
                .hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--instances", "two"))
                .hasMessageContaining("1 to 3");
    }

    @Test
    void acceptsOptionsWithEqualsSignsAndTheStartOrder() {
        LauncherArguments arguments =
                LauncherArguments.parse("--root=/r", "up", "--timeout=90", "--all-at-once", "--quick-jit");

        assertThat(arguments.root()).contains(Path.of("/r"));
        assertThat(arguments.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(arguments.startOrder()).isEqualTo(StartOrder.ALL_AT_ONCE);
        assertThat(arguments.optimizingJit()).isFalse();
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> LauncherArguments.parse()).hasMessageContaining("missing command");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "infra")).hasMessageContaining("one command only");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--frsh"))
                .hasMessageContaining("unknown argument: --frsh");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--root")).hasMessageContaining("--root needs a value");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--timeout", "soon"))
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> LauncherArguments.parse("up", "--timeout", "0"))
                .hasMessageContaining("positive number");
    }
}
