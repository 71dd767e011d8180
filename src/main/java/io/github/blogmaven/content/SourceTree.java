package io.github.blogmaven.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The source folder sorted into what each file is: posts, drafts, pages candidates, data, templates and assets.
 * Follows Jekyll: folders and files starting with {@code _} or {@code .} are not published as they are.
 */
public record SourceTree(
        List<SourceFile> posts,
        List<SourceFile> drafts,
        List<SourceFile> documents,
        List<SourceFile> data,
        List<SourceFile> assets,
        Path templates) {

    public static final Set<String> MARKDOWN = Set.of("md", "markdown", "mkdown", "mkdn", "mkd");
    private static final Set<String> IGNORED = Set.of("node_modules", "vendor", "Gemfile", "Gemfile.lock",
            "package.json", "package-lock.json", "target", "pom.xml");

    /** Scans {@code source}, leaving out {@code output} if it lies inside. */
    public static SourceTree scan(Path source, Path output) {
        List<SourceFile> posts = new ArrayList<>();
        List<SourceFile> drafts = new ArrayList<>();
        List<SourceFile> documents = new ArrayList<>();
        List<SourceFile> data = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        Path root = source.toAbsolutePath().normalize();
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return new SourceTree(List.of(), List.of(), List.of(), List.of(), List.of(), root.resolve("_templates"));
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (out != null && dir.equals(out)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String name = dir.getFileName().toString();
                    String rel = relative(root, dir);
                    boolean special = rel.equals("_posts") || rel.startsWith("_posts/") || rel.equals("_drafts")
                            || rel.startsWith("_drafts/") || rel.equals("_data") || rel.startsWith("_data/");
                    if (!special && (name.startsWith("_") || name.startsWith(".") || IGNORED.contains(name))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, file);
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    SourceFile sf = new SourceFile(file, rel);
                    if (rel.startsWith("_posts/")) {
                        posts.add(sf);
                    } else if (rel.startsWith("_drafts/")) {
                        drafts.add(sf);
                    } else if (rel.startsWith("_data/")) {
                        data.add(sf);
                    } else if (name.startsWith("_") || name.startsWith("#") || name.endsWith("~")
                            || IGNORED.contains(name)) {
                        return FileVisitResult.CONTINUE;
                    } else if (MARKDOWN.contains(extension(name))) {
                        documents.add(sf);
                    } else {
                        assets.add(sf);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<SourceFile> list : List.of(posts, drafts, documents, data, assets)) {
            Collections.sort(list);
        }
        return new SourceTree(posts, drafts, documents, data, assets, root.resolve("_templates"));
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Lower-case extension without the dot, or "". */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
