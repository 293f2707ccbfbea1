package com.shop.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.exception.ShopException;
import com.shop.pojo.MessageTopics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.common.serialize.ObjectInput;
import org.apache.dubbo.common.serialize.ObjectOutput;
import org.apache.dubbo.common.serialize.hessian2.Hessian2Serialization;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.apache.dubbo.rpc.model.ModuleModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class that crosses Dubbo (found by scanning shop-pojo and shop-api, so a new one is covered without
 * editing this test) survives a Hessian2 round trip with Dubbo's strict serialization check on, every field
 * filled in.
 */
class WireTypesHessianRoundTripTest {

    private static FrameworkModel framework;
    private static URL url;
    private final AtomicLong counter = new AtomicLong(1);

    @BeforeAll
    static void strictDubbo() {
        framework = new FrameworkModel();
        ModuleModel module = framework.newApplication().getDefaultModule();
        url = URL.valueOf("dubbo://127.0.0.1:20880/test?serialization=hessian2").setScopeModel(module);
    }

    @AfterAll
    static void close() {
        framework.destroy();
    }

    static Stream<Class<?>> dataTypes() throws Exception {
        return wireClasses().stream().filter(type -> !type.isEnum() && !Throwable.class.isAssignableFrom(type));
    }

    static Stream<Class<?>> exceptionTypes() throws Exception {
        return wireClasses().stream()
                .filter(type ->
                        ShopException.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()));
    }

    @Test
    void theScanFindsTheContract() throws Exception {
        assertThat(wireClasses())
                .extracting(Class::getSimpleName)
                .contains(
                        "OrderView",
                        "ConfirmOrderRequest",
                        "OrderCancelled",
                        "GoodsView",
                        "CouponView",
                        "UserView",
                        "InsufficientStockException",
                        "PriceMismatchException");
    }

    @ParameterizedTest
    @MethodSource("dataTypes")
    void dataSurvivesTheRoundTrip(Class<?> type) throws Exception {
        Object original = sample(type);

        Object copy = roundTrip(original);

        assertThat(copy).isInstanceOf(type);
        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("exceptionTypes")
    void refusalsSurviveTheRoundTripWithCodeAndOrder(Class<?> type) throws Exception {
        ShopException original = ((ShopException)
                        type.getConstructor(String.class).newInstance("refused for a test"))
                .withOrderId(123_456_789_012_345L);

        ShopException copy = (ShopException) roundTrip(original);

        assertThat(copy).isInstanceOf(type).hasMessage("refused for a test");
        assertThat(copy.getCode()).isEqualTo(original.getCode()).isNotBlank();
        assertThat(copy.getOrderId()).isEqualTo(123_456_789_012_345L);
        assertThat(copy.kind()).isEqualTo(original.kind());
    }

    @Test
    void classesOutsideTheAllowListAreNotRebuilt() throws Exception {
        Object copy;
        try {
            copy = roundTrip(new org.example.untrusted.UntrustedPayload(), Object.class);
        } catch (IOException | RuntimeException refused) {
            copy = refused;
        }

        assertThat(copy).isNotInstanceOf(org.example.untrusted.UntrustedPayload.class);
    }

    private Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        return roundTrip(value, value.getClass());
    }

    private Object roundTrip(Object value, Class<?> expected) throws IOException, ClassNotFoundException {
        Hessian2Serialization serialization = new Hessian2Serialization();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutput output = serialization.serialize(url, bytes);
        output.writeObject(value);
        output.flushBuffer();
        ObjectInput input = serialization.deserialize(url, new ByteArrayInputStream(bytes.toByteArray()));
        return input.readObject(expected);
    }

    private Object sample(Class<?> type) throws Exception {
        Object instance = type.getConstructor().newInstance();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                field.set(instance, sampleValue(field));
            }
        }
        return instance;
    }

    private Object sampleValue(Field field) throws Exception {
        Class<?> type = field.getType();
        long n = counter.getAndIncrement();
        if (type == Long.class || type == long.class) {
            return 9_000_000_000_000_000L + n;
        }
        if (type == Integer.class || type == int.class) {
            return (int) n;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(n + ".05");
        }
        if (type == String.class) {
            return "value-" + n + "-收货人";
        }
        if (type == Date.class) {
            return new Date(1_780_000_000_000L + n);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[(int) (n % constants.length)];
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            list.add(element == String.class ? "element-" + n : sample(element));
            return list;
        }
        if (Serializable.class.isAssignableFrom(type) && type.getPackageName().startsWith("com.shop.pojo")) {
            // another wire type, such as a payment's JSAPI parameters: filled in the same way
            return sample(type);
        }
        throw new IllegalStateException("no sample for " + field + ": wire types keep to simple fields and wire types");
    }

    private static List<Class<?>> wireClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : List.of(MessageTopics.class, ShopException.class)) {
            collect(
                    Path.of(anchor.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI()),
                    classes);
        }
        return classes.stream()
                .filter(type -> Serializable.class.isAssignableFrom(type) || type.isEnum())
                .filter(type -> !type.isInterface() && !type.isAnonymousClass())
                .toList();
    }

    private static void collect(Path location, List<Class<?>> classes) throws Exception {
        if (Files.isDirectory(location)) {
            scan(location, classes);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
            scan(jar.getPath("/"), classes);
        }
    }

    private static void scan(Path root, List<Class<?>> classes) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("com.shop.") && !name.contains("$")) {
                    classes.add(Class.forName(name));
                }
            }
        }
    }
}
