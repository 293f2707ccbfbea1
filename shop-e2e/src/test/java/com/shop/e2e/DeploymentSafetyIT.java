package com.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.devstack.ApplicationJar;
import com.shop.devstack.ApplicationLauncher;
import com.shop.devstack.ShopApplication;
import com.shop.infra.EmbeddedZooKeeper;
import com.shop.infra.FreePorts;
import com.shop.infra.RepositoryRoot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a deployment gets by default: outside development mode an application with a development secret does not
 * start, nothing listens beyond loopback, and a token that never expires is worth nothing even with the right key.
 */
class DeploymentSafetyIT {

    private static final ShopStack STACK = ShopStack.get();
    private static final Path ROOT = RepositoryRoot.find();
    /** order-web's and pay-web's default key, allowed in development mode only. */
    private static final String DEVELOPMENT_KEY = "shop-development-secret-change-me-0123456789";

    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void withoutDevelopmentModeAWebEdgeWithTheDevelopmentKeyRefusesToStartAndNamesIt() throws Exception {
        Path output = Files.createTempFile(ROOT.resolve("shop-e2e/target"), "order-web-", ".log");
        Process process = orderWeb(Map.of("SHOP_ORDER_WEB_PORT", "0"), output);

        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("exited within a minute")
                .isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(output))
                .contains("shop.security.jwt-secret (SHOP_JWT_SECRET) is the development default")
                .contains("shop.zookeeper.acl.password (SHOP_ZK_PASSWORD) is the development default")
                .contains("SHOP_DEV_MODE=true");
    }

    /**
     * Outside development mode, with secrets of its own: its own key and its own ZooKeeper credentials, at a ZooKeeper
     * of its own, since the test stack's ZooKeeper is used with the development credentials the guard refuses.
     */
    @Test
    void withItsOwnKeyItStartsAndListensOnLoopbackOnly() throws Exception {
        EmbeddedZooKeeper zooKeeper = new EmbeddedZooKeeper(
                FreePorts.next(), Files.createTempDirectory(ROOT.resolve("shop-e2e/target"), "deployment-zookeeper-"));
        zooKeeper.start();
        Map<String, String> environment =
                new HashMap<>(STACK.devStack().infrastructure().serviceEnvironment());
        environment.remove("SHOP_DEV_MODE");
        environment.put("SHOP_ZK_ADDRESS", zooKeeper.address());
        environment.put("SHOP_ZK_USERNAME", "shop-deployment");
        environment.put("SHOP_ZK_PASSWORD", "this-deployment's-own-zookeeper-password-" + System.nanoTime());
        environment.put("SHOP_JWT_SECRET", "this-deployment's-own-key-" + System.nanoTime() + "-0123456789");
        environment.put("SHOP_ORDER_WEB_PORT", "0");
        Path output = Files.createTempFile(ROOT.resolve("shop-e2e/target"), "order-web-", ".log");
        Process process = orderWeb(environment, output);
        try {
            int port = awaitPort(process, output, Duration.ofSeconds(120));

            assertThat(reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
            for (InetAddress address : otherAddresses()) {
                assertThat(reachable(address, port))
                        .as("port %d on %s", port, address)
                        .isFalse();
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            zooKeeper.stop();
        }
    }

    @Test
    void noApplicationOfTheStackListensBeyondLoopback() {
        List<InetAddress> others = otherAddresses();
        Assumptions.assumeFalse(others.isEmpty(), "this machine has no address but loopback");
        for (ShopApplication application : ShopApplication.values()) {
            int port = STACK.devStack().httpPort(application);
            assertThat(reachable(InetAddress.getLoopbackAddress(), port))
                    .as("%s on loopback", application)
                    .isTrue();
            for (InetAddress address : others) {
                assertThat(reachable(address, port))
                        .as("%s on %s", application, address)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"no expiry, ", "a ten-year life, 315360000", "expired, -120"})
    void aTokenSignedWithTheKeyIsRefusedWhenItNeverExpiresOutlivesTheLifetimeOrExpired(String name, Long expiresIn)
            throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String claims = "{\"iss\":\"shop\",\"sub\":\"2\",\"name\":\"bob\",\"iat\":" + now
                + (expiresIn == null ? "" : ",\"exp\":" + (now + expiresIn)) + "}";
        String token = signed(claims);

        assertThat(profileStatus(token)).isEqualTo(401);
        assertThat(profileStatus(signed("{\"iss\":\"shop\",\"sub\":\"2\",\"name\":\"bob\",\"iat\":" + now + ",\"exp\":"
                        + (now + 600) + "}")))
                .as("the same token living ten minutes")
                .isEqualTo(200);
    }

    @Test
    void failedLoginsOfOneNameAreThrottledWithRetryAfter() throws Exception {
        String name = "mallory" + System.nanoTime();
        for (int failure = 0; failure < 5; failure++) {
            assertThat(login(name).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = login(name);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 61));
    }

    private static HttpResponse<String> login(String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(STACK.orderWebUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"guess\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int profileStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(STACK.orderWebUrl() + "/api/users/me"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An HS256 token signed with the development key the test stack runs with. */
    private static String signed(String claims) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return unsigned + "." + base64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
    }

    private static Process orderWeb(Map<String, String> environment, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ApplicationLauncher.JVM_OPTIONS);
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(ApplicationJar.find(ROOT, "shop-order-web").toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SHOP_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static int awaitPort(Process process, Path output, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher started = TOMCAT_PORT.matcher(Files.readString(output));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            assertThat(process.isAlive())
                    .as("still starting; its output: %s", output)
                    .isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("order-web did not start within " + patience + "; its output: " + output);
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** This machine's addresses other than loopback, where a port bound to every interface would answer. */
    private static List<InetAddress> otherAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(DeploymentSafetyIT::upAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                    .toList();
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
