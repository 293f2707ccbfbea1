package com.shop.devstack.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which library a sampled stack spends its time in: the deepest frame that belongs to a known area names it, so a
 * sample in {@code HashMap.get} called from MyBatis counts for MyBatis. Samples in the JVM's own threads (compilers,
 * collectors) count as "jvm".
 */
final class FrameAreas {

    static final String JVM = "jvm (JIT, GC)";
    static final String OTHER = "other";

    private static final Map<String, Pattern> AREAS = areas();
    private static final Pattern JVM_THREAD = Pattern.compile("C[12] CompilerThre|GC Thread|VM Thread|G1 |Sweeper");

    private FrameAreas() {}

    private static Map<String, Pattern> areas() {
        Map<String, Pattern> areas = new LinkedHashMap<>();
        areas.put("shop", Pattern.compile("^com/shop/"));
        areas.put("jdbc driver", Pattern.compile("^com/mysql/cj/"));
        areas.put("hikari", Pattern.compile("^com/zaxxer/"));
        areas.put("mybatis", Pattern.compile("^org/(apache/ibatis|mybatis)/"));
        areas.put("spring tx", Pattern.compile("^org/springframework/(transaction|jdbc)/"));
        areas.put(
                "web (tomcat, spring mvc, security)",
                Pattern.compile(
                        "^org/(springframework/(web|http|security)|apache/(catalina|coyote|tomcat))/|^jakarta/servlet/"));
        areas.put("spring", Pattern.compile("^org/springframework/"));
        areas.put("jackson", Pattern.compile("^com/fasterxml/"));
        areas.put("hessian", Pattern.compile("caucho|hessian"));
        areas.put("fastjson2", Pattern.compile("^com/alibaba/fastjson2/"));
        areas.put("netty", Pattern.compile("^io/netty/"));
        areas.put("dubbo", Pattern.compile("^org/apache/dubbo/"));
        areas.put("rocketmq", Pattern.compile("^org/apache/rocketmq/"));
        areas.put("zookeeper, curator", Pattern.compile("^org/apache/(zookeeper|curator)/"));
        areas.put("logging", Pattern.compile("^(ch/qos/logback|org/slf4j|org/apache/logging)/"));
        areas.put("crypto, jwt", Pattern.compile("^(com/nimbusds|javax/crypto|sun/security)/"));
        areas.put("micrometer", Pattern.compile("^io/micrometer/"));
        areas.put("mqtt", Pattern.compile("^(org/eclipse/paho|io/moquette)/"));
        return areas;
    }

    /** @param frames a sampled stack, outermost frame first, as async-profiler's collapsed output gives it */
    static String of(List<String> frames) {
        if (!frames.isEmpty() && JVM_THREAD.matcher(frames.get(0)).find()) {
            return JVM;
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            String frame = frames.get(i);
            for (Map.Entry<String, Pattern> area : AREAS.entrySet()) {
                if (area.getValue().matcher(frame).find()) {
                    return area.getKey();
                }
            }
        }
        return OTHER;
    }

    /** Whether the sample was in the kernel when taken (a system call: I/O, futexes, scheduling). */
    static boolean inKernel(List<String> frames) {
        return !frames.isEmpty() && frames.get(frames.size() - 1).endsWith("_[k]");
    }
}
