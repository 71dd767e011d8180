import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.engine.BuildResult;
import io.github.blogmaven.engine.SiteBuilder;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine's steady-state throughput: full builds (clean output and cache each time) of one blog in one warm JVM,
 * alternating the thread counts given, after warm-up rounds. Prints one line per measured build and the median per
 * thread count. Run by bench.py with the plugin's classes and dependencies on the class path:
 *
 * <pre>java -cp CLASSPATH bench/EngineThroughput.java SOURCE WORK ROUNDS THREADS[,THREADS...]</pre>
 */
public final class EngineThroughput {

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        String[] counts = args[3].split(",");
        int warmUp = 2;
        // every build writes to folders of its own, deleted only when all are done: deleting the last build's
        // 30,000 files right before the next would time the file system (see aside() in bench.py)
        if (delete(work)) {
            sleep(35);
        }
        int build = 0;
        List<List<Long>> times = new ArrayList<>();
        for (String ignored : counts) {
            times.add(new ArrayList<>());
        }
        for (int r = 0; r < warmUp + rounds; r++) {
            for (int i = 0; i < counts.length; i++) {
                int threads = Integer.parseInt(counts[(i + r) % counts.length]); // alternate which goes first
                BuildResult result = build(source, work.resolve("build-" + build++), threads);
                if (r >= warmUp) {
                    times.get((i + r) % counts.length).add(result.millis());
                    System.out.println("threads " + threads + " round " + (r - warmUp + 1) + ": " + result.millis()
                            + " ms " + result.phases());
                }
            }
        }
        for (int i = 0; i < counts.length; i++) {
            List<Long> t = new ArrayList<>(times.get(i));
            t.sort(null);
            System.out.println("median threads " + counts[i] + ": " + t.get(t.size() / 2) + " ms");
        }
        delete(work);
    }

    private static boolean delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        return true;
    }

    private static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BuildResult build(Path source, Path work, int threads) throws IOException {
        Path out = work.resolve("out");
        Path cache = work.resolve("out-cache");
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = source;
        s.outputDirectory = out;
        s.cacheDirectory = cache;
        s.threads = threads;
        s.baseUrl = "https://bench.example.org/blog/";
        s.now = Instant.parse("2030-01-01T00:00:00Z");
        BlogConfig config = ConfigLoader.load(s, BuildLog.silent());
        return new SiteBuilder().build(config, BuildLog.silent());
    }
}
