package io.github.blogmaven.engine;

import io.github.blogmaven.config.BlogConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;

/**
 * A digest of everything a build reads: the plugin's own code, the configuration (all but the clock) and the path
 * and bytes of every file in the source folder (posts, drafts, data, templates, assets, {@code _config.yml}).
 *
 * @param files each source file's own content hash, by its path below the source folder
 * @param environment the same digest without the posts and drafts: what every page may depend on besides posts
 */
record Fingerprint(String digest, Map<String, String> files, String environment) {

    static Fingerprint of(BlogConfig config) {
        MessageDigest md = sha256();
        MessageDigest env = sha256();
        update(env, "environment");
        update(md, code());
        update(env, code());
        String settings = String.join("\n", config.sourceDirectory().toAbsolutePath().toString(),
                config.outputDirectory().toAbsolutePath().toString(), config.baseUrl(), config.title(),
                config.description(), config.lang(), config.encoding().name(), config.timezone().getId(),
                config.permalink(), Integer.toString(config.paginate()), Integer.toString(config.feedSize()),
                Boolean.toString(config.drafts()), Boolean.toString(config.future()), config.excerptSeparator(),
                String.valueOf(config.buildTimestamp().orElse(null)), String.valueOf(config.authors()),
                config.paginatePath(), Boolean.toString(config.jekyllSite()), String.valueOf(config.siteConfig()));
        update(md, settings);
        update(env, settings);
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        Path out = config.outputDirectory().toAbsolutePath().normalize();
        Map<Path, java.nio.file.attribute.BasicFileAttributes> found = new java.util.TreeMap<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    return dir.startsWith(out) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                        java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        found.put(file, attrs);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> files = List.copyOf(found.keySet());
        List<String> relatives = files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        // a file whose size and time are as when it was last hashed (well before that moment) keeps its hash;
        // the others are read and hashed, on every core; the digest takes them in path order
        Path known = config.cacheDirectory().toAbsolutePath().normalize().resolve(HASHES);
        Map<String, String[]> previous = readHashes(known);
        long now = System.currentTimeMillis();
        List<String> hashed = java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path f = files.get(i);
            java.nio.file.attribute.BasicFileAttributes a = found.get(f);
            String[] was = previous.get(relatives.get(i));
            long mtime = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            if (was != null && Long.parseLong(was[0]) == a.size() && Long.parseLong(was[1]) == mtime
                    && Long.parseLong(was[3]) - mtime / 1_000_000 > RACY_MILLIS) {
                return was[2];
            }
            try {
                return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        writeHashes(known, relatives, files, found, hashed, now);
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String relative = relatives.get(i);
            String hash = hashed.get(i);
            hashes.put(relative, hash);
            update(md, relative);
            update(md, hash);
            if (!relative.startsWith("_posts/") && !relative.startsWith("_drafts/")) {
                update(env, relative);
                update(env, hash);
            }
        }
        return new Fingerprint(HexFormat.of().formatHex(md.digest()), Map.copyOf(hashes),
                HexFormat.of().formatHex(env.digest()));
    }

    /** Each source file's size, time and hash, kept in the cache folder between builds. */
    static final String HASHES = "source-hashes";
    /** A file changed this close to the moment its hash was taken might change again unseen in the same tick. */
    private static final long RACY_MILLIS = 2000;

    private static Map<String, String[]> readHashes(Path file) {
        Map<String, String[]> map = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return map;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("blog-maven-plugin source hashes 1 ")) {
                return map;
            }
            String taken = lines.get(0).substring("blog-maven-plugin source hashes 1 ".length());
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.split(" ", 4);
                // size, time (ns), hash, when hashed (ms); the path is the rest of the line
                map.put(p[3], new String[] {p[0], p[1], p[2], taken});
            }
        } catch (IOException | RuntimeException e) {
            map.clear(); // unreadable: every file is hashed again
        }
        return map;
    }

    private static void writeHashes(Path file, List<String> relatives, List<Path> files,
                                    Map<Path, java.nio.file.attribute.BasicFileAttributes> attrs, List<String> hashed,
                                    long now) {
        StringBuilder b = new StringBuilder(files.size() * 120);
        b.append("blog-maven-plugin source hashes 1 ").append(now).append('\n');
        for (int i = 0; i < files.size(); i++) {
            java.nio.file.attribute.BasicFileAttributes a = attrs.get(files.get(i));
            String relative = relatives.get(i);
            long mtime = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            b.append(a.size()).append(' ').append(mtime).append(' ').append(hashed.get(i)).append(' ')
                    .append(relative).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(HASHES + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stands for the plugin's code: a new build of the plugin invalidates everything cached. */
    static String code() {
        try {
            Path source = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(source) ? source.resolve(
                    Fingerprint.class.getName().replace('.', '/') + ".class") : source;
            return source + "@" + Files.getLastModifiedTime(probe).toMillis() + "/" + Files.size(probe);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown code " + System.nanoTime(); // never matches: always a full build
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
