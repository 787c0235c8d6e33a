import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Plain-Java baseline for examples/isolate_seed.dart.
 *
 * The main thread starts a worker thread (standing in for the spawned isolate);
 * the worker sums i for i in [0, 1e8) in a {@code long} loop and puts the result
 * on a BlockingQueue (standing in for the SendPort/ReceivePort pair). The main
 * thread takes the result and prints it.
 *
 * Runnable directly with {@code java bench/java/SeedBaseline.java}; bench/run_seed.sh
 * compiles it once with javac so that compile time is not measured.
 */
public final class SeedBaseline {
    private SeedBaseline() {
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Long> queue = new ArrayBlockingQueue<>(1);
        Thread worker = new Thread(() -> {
            // simulate heavy computation
            long processed = 0;
            for (long i = 0; i < 100_000_000L; i++) {
                processed += i;
            }
            try {
                queue.put(processed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker");
        worker.start();
        long message = queue.take();
        System.out.println("Processing completed: " + message);
        worker.join();
    }
}
