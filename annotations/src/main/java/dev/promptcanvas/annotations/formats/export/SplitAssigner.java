package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Divides images into named splits by a {@link SplitRule}; images keep their order inside each split. */
public final class SplitAssigner {

    private SplitAssigner() {
    }

    /** Split name → images, in the rule's split order (folder and list splits: sorted by name). */
    public static Map<String, List<ImageRecord>> assign(List<ImageRecord> images, SplitRule rule) {
        if (rule instanceof SplitRule.Ratios r) {
            return byRatio(images, r);
        }
        if (rule instanceof SplitRule.ByFolder) {
            return byKey(images, image -> {
                int slash = image.path().indexOf('/');
                if (slash <= 0 || image.path().startsWith("/")) {
                    throw new IllegalArgumentException("split by folder: image " + image.path()
                            + " is not inside a folder of the project (expected e.g. train/" + image.fileName() + ")");
                }
                return image.path().substring(0, slash);
            });
        }
        if (rule instanceof SplitRule.ByList l) {
            return byKey(images, image -> {
                String split = l.splitOfPath().get(image.path());
                if (split == null) {
                    throw new IllegalArgumentException(l.listName() + ": image " + image.path() + " is not listed");
                }
                return split;
            });
        }
        Map<String, List<ImageRecord>> all = new LinkedHashMap<>();
        all.put("", List.copyOf(images));
        return all;
    }

    private static Map<String, List<ImageRecord>> byRatio(List<ImageRecord> images, SplitRule.Ratios rule) {
        int[] counts = counts(images.size(), new ArrayList<>(rule.ratios().values()));
        List<Integer> order = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(rule.seed()));
        Map<String, List<ImageRecord>> splits = new LinkedHashMap<>();
        int next = 0;
        int s = 0;
        for (String name : rule.ratios().keySet()) {
            List<Integer> picked = new ArrayList<>(order.subList(next, next + counts[s]));
            next += counts[s++];
            Collections.sort(picked);
            List<ImageRecord> list = new ArrayList<>(picked.size());
            for (int i : picked) {
                list.add(images.get(i));
            }
            splits.put(name, list);
        }
        return splits;
    }

    /** Exact split sizes summing to n: floors of the shares, the remainder to the largest fractions (ties: first). */
    static int[] counts(int n, List<Double> ratios) {
        double sum = ratios.stream().mapToDouble(Double::doubleValue).sum();
        int[] counts = new int[ratios.size()];
        double[] fractions = new double[ratios.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = n * ratios.get(i) / sum;
            counts[i] = (int) Math.floor(exact);
            fractions[i] = exact - counts[i];
            assigned += counts[i];
        }
        List<Integer> byFraction = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            byFraction.add(i);
        }
        byFraction.sort(Comparator.comparingDouble((Integer i) -> -fractions[i]).thenComparingInt(i -> i));
        for (int k = 0; assigned < n; k++, assigned++) {
            counts[byFraction.get(k % counts.length)]++;
        }
        return counts;
    }

    private static Map<String, List<ImageRecord>> byKey(List<ImageRecord> images,
                                                        java.util.function.Function<ImageRecord, String> key) {
        Map<ImageRecord, String> keys = new IdentityHashMap<>();
        for (ImageRecord image : images) {
            keys.put(image, key.apply(image));
        }
        Map<String, List<ImageRecord>> splits = new java.util.TreeMap<>();
        for (ImageRecord image : images) {
            splits.computeIfAbsent(keys.get(image), k -> new ArrayList<>()).add(image);
        }
        return new LinkedHashMap<>(splits);
    }
}
