package com.shop.devstack.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One process's CPU samples in async-profiler's collapsed format ({@code frame;frame;frame count} per line), summed
 * up: by library ({@link FrameAreas}), by the frame a sample was taken in, and by the shop's own methods with
 * everything they called.
 */
final class CollapsedStacks {

    private final Map<String, Long> byArea = new HashMap<>();
    private final Map<String, Long> byLeaf = new HashMap<>();
    private final Map<String, Long> byShopMethod = new HashMap<>();
    private long samples;
    private long kernelSamples;

    static CollapsedStacks parse(List<String> lines) {
        CollapsedStacks stacks = new CollapsedStacks();
        lines.stream().filter(line -> !line.isBlank()).forEach(stacks::add);
        return stacks;
    }

    private void add(String line) {
        int split = line.lastIndexOf(' ');
        long count = Long.parseLong(line.substring(split + 1).trim());
        List<String> frames = Arrays.asList(line.substring(0, split).split(";"));
        samples += count;
        if (FrameAreas.inKernel(frames)) {
            kernelSamples += count;
        }
        byArea.merge(FrameAreas.of(frames), count, Long::sum);
        byLeaf.merge(frames.get(frames.size() - 1), count, Long::sum);
        Set<String> seen = new HashSet<>();
        frames.stream()
                .filter(frame -> frame.startsWith("com/shop/") && !frame.contains("$$"))
                .filter(seen::add)
                .forEach(frame -> byShopMethod.merge(frame, count, Long::sum));
    }

    long samples() {
        return samples;
    }

    double kernelShare() {
        return share(kernelSamples);
    }

    /** Share of the samples per area, largest first. */
    Map<String, Double> areas() {
        return top(byArea, Integer.MAX_VALUE);
    }

    Map<String, Double> topLeaves(int limit) {
        return top(byLeaf, limit);
    }

    /** The shop's methods with everything they called, largest first. */
    Map<String, Double> topShopMethods(int limit) {
        return top(byShopMethod, limit);
    }

    private Map<String, Double> top(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> share(entry.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    private double share(long count) {
        return samples == 0 ? 0 : (double) count / samples;
    }
}
