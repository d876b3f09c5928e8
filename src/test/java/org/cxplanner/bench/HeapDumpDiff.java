package org.cxplanner.bench;

import org.netbeans.lib.profiler.heap.FieldValue;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.Value;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What grew between two heap dumps, per session, and what holds it: every object is charged to the first object up
 * its chain of referrers that is not a JDK or Jackson class (a HashMap node held by a Flow {@code StateNode} counts as
 * the state node's), reported as that class and the field that points down the chain. The memory benchmark writes
 * the two dumps ({@code HEAP_DUMPS=<dir> bash .ci/memory-benchmark}); then:
 * <pre>java -cp "target/test-classes:$(cat target/benchmark-classpath.txt)" org.cxplanner.bench.HeapDumpDiff \
 *     dir/RACI-20.hprof dir/RACI-50.hprof 30 [lines]</pre>
 * where 30 is the number of sessions between the two. Reading a 100 MB dump takes about a minute and 4 GB of heap.
 */
public final class HeapDumpDiff {

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(args[2]);
        int lines = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        Map<String, long[]> before = holders(args[0]);
        Map<String, long[]> after = holders(args[1]);
        Map<String, long[]> growth = new HashMap<>();
        after.forEach((holder, count) -> {
            long[] earlier = before.getOrDefault(holder, new long[2]);
            growth.put(holder, new long[]{count[0] - earlier[0], count[1] - earlier[1]});
        });
        long total = growth.values().stream().mapToLong(g -> g[1]).sum();
        System.out.printf("heap dump growth per session: %.1f KB%n", total / 1024.0 / sessions);
        growth.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(lines)
                .forEach(e -> System.out.printf("%8.1f KB %8.1f objects  held by %s%n",
                        e.getValue()[1] / 1024.0 / sessions, e.getValue()[0] / (double) sessions, e.getKey()));
    }

    private static Map<String, long[]> holders(String file) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(file));
        Map<String, long[]> bytes = new HashMap<>();
        for (Object type : heap.getAllClasses()) {
            for (Object object : ((JavaClass) type).getInstances()) {
                Instance instance = (Instance) object;
                long[] sum = bytes.computeIfAbsent(holder(instance), h -> new long[2]);
                sum[0]++;
                sum[1] += instance.getSize();
            }
        }
        return bytes;
    }

    private static String holder(Instance instance) {
        Instance current = instance;
        for (int depth = 0; depth < 12; depth++) {
            List<?> referrers = current.getReferences();
            if (referrers.isEmpty()) {
                return "(a GC root: " + current.getJavaClass().getName() + ")";
            }
            Value reference = (Value) referrers.getFirst();
            Instance referrer = reference.getDefiningInstance();
            String type = referrer.getJavaClass().getName();
            if (!isPlumbing(type)) {
                return type + "." + (reference instanceof FieldValue field ? field.getField().getName() : "[]");
            }
            current = referrer;
        }
        return "(deep: " + current.getJavaClass().getName() + ")";
    }

    private static boolean isPlumbing(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("tools.jackson")
                || type.endsWith("[]");
    }
}
