import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Plain Java threads doing what bench/isolate_costs.dart does with isolates, where that
 * applies: a thread per isolate, a LinkedBlockingQueue per port, and a copy where Dart
 * copies (ArrayList/HashMap/byte[] copies; the transfer passes the array itself). Threads
 * share one heap, so nothing needs copying for correctness: this is the floor of the
 * hand-off costs, not an equivalent of isolation. json-run is left out (no JSON parser in
 * the JDK). Prints "NAME VALUE" as the Dart program does.
 *
 * Usage: java bench/java/IsolateCostsBaseline.java [ROUNDS] [FIB_N]
 */
public final class IsolateCostsBaseline {
    private IsolateCostsBaseline() {
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static long micros() {
        return System.nanoTime() / 1000;
    }

    /** A worker thread answering each message as the Dart worker does. */
    static final class Worker extends Thread {
        final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        final BlockingQueue<Object> replies;

        Worker(BlockingQueue<Object> replies) {
            this.replies = replies;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Object m = inbox.take();
                    if ("stop".equals(m)) {
                        return;
                    } else if (m instanceof byte[] bytes) {
                        replies.put(bytes.clone());
                    } else if (m instanceof Transfer t) {
                        replies.put((long) t.bytes.length);
                    } else if (m instanceof List<?> l) {
                        replies.put((long) l.size());
                    } else if (m instanceof Map<?, ?> map) {
                        replies.put((long) map.size());
                    } else {
                        replies.put(0L);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A byte array handed over without a copy. */
    record Transfer(byte[] bytes) {
    }

    /** Median µs of sending {@code send.apply(message.get())} (the copy is timed) and taking the answer. */
    static long measure(Worker worker, BlockingQueue<Object> replies, Supplier<Object> message, UnaryOperator<Object> send, int warmup, int count) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            Object m = message.get();
            long start = micros();
            worker.inbox.put(send.apply(m));
            replies.take();
            if (i >= warmup) {
                times.add(micros() - start);
            }
        }
        return median(times);
    }

    static long fib(int n) throws Exception {
        if (n < 2) {
            return n;
        }
        CompletableFuture<Long> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(fib(n - 1) + fib(n - 2));
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        t.start();
        return result.get();
    }

    static long calls(int n) {
        return n < 2 ? 1 : 1 + calls(n - 1) + calls(n - 2);
    }

    static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int fibN = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        List<Long> spawns = new ArrayList<>();
        for (int i = 0; i < 200 + 100 * rounds; i++) {
            BlockingQueue<Object> port = new LinkedBlockingQueue<>();
            long start = micros();
            Thread t = new Thread(() -> port.add(1L));
            t.start();
            port.take();
            if (i >= 200) {
                spawns.add(micros() - start);
            }
            t.join();
        }
        System.out.println("spawn " + median(spawns));

        BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
        Worker worker = new Worker(replies);
        worker.start();
        System.out.println("pingpong " + measure(worker, replies, () -> 1L, m -> m, 2000, 20000 * rounds));
        List<Long> list = new ArrayList<>();
        for (long i = 0; i < 100000; i++) {
            list.add(i);
        }
        System.out.println("copy-list " + measure(worker, replies, () -> list, m -> new ArrayList<>((List<?>) m), 50, 200 * rounds));
        Map<String, Long> map = new LinkedHashMap<>();
        for (long i = 0; i < 10000; i++) {
            map.put("key" + i, i);
        }
        System.out.println("copy-map " + measure(worker, replies, () -> map, m -> new HashMap<>((Map<?, ?>) m), 50, 200 * rounds));
        byte[] bytes = new byte[16 << 20];
        for (int i = 0; i < bytes.length; i += 4096) {
            bytes[i] = (byte) (i >> 12);
        }
        System.out.println("bytes-copy " + measure(worker, replies, () -> bytes, m -> ((byte[]) m).clone(), 5, 20 * rounds));
        System.out.println("bytes-transfer " + measure(worker, replies, () -> new Transfer(Arrays.copyOf(bytes, bytes.length)), m -> m, 5, 20 * rounds));
        worker.inbox.put("stop");

        long rssBefore = rssBytes();
        long liveStart = micros();
        BlockingQueue<Object> hello = new LinkedBlockingQueue<>();
        List<Worker> idlers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Worker idle = new Worker(hello);
            idle.start();
            idle.inbox.put(0L);
            idlers.add(idle);
        }
        for (int i = 0; i < 1000; i++) {
            hello.take();
        }
        System.out.println("live-count 1000");
        System.out.println("live-ms " + (micros() - liveStart) / 1000);
        System.out.println("live-kb " + (rssBytes() - rssBefore) / 1000 / 1024);
        for (Worker idle : idlers) {
            idle.inbox.put("stop");
        }

        long fibStart = micros();
        long value = fib(fibN);
        long elapsed = micros() - fibStart;
        if (value != new long[]{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946}[fibN]) {
            throw new IllegalStateException("fib(" + fibN + ") = " + value);
        }
        System.out.println("fib-n " + fibN);
        System.out.println("fib-spawn-ms " + elapsed / 1000);
        System.out.println("fib-spawn-us " + elapsed / calls(fibN));
    }
}
