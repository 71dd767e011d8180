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
import java.util.stream.Stream;

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
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> !p.startsWith(out) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // reading and hashing run on every core; the digest takes them in path order
        List<String> hashed = files.parallelStream().map(f -> {
            try {
                return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String relative = root.relativize(files.get(i)).toString().replace('\\', '/');
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

    /** Where the engine's classes come from and when they were made: a new plugin build means a new output. */
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
