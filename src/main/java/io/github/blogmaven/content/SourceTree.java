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
        Path root = source.toAbsolutePath().normalize();
        Path out = output == null ? null : output.toAbsolutePath().normalize();
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        // a folder whose files would all be left out is not walked
                        return dir.equals(root) ? FileVisitResult.CONTINUE
                                : out != null && dir.equals(out) || leftOut(relative(root, dir))
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            files.add(relative(root, file));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(root, files);
    }

    /**
     * Sorts a listing of the source folder: the path (below {@code source}, with {@code /}) of every regular file
     * in it, the output folder left out. The same rules as {@link #scan}, for a build that listed the folder already.
     */
    public static SourceTree of(Path source, java.util.Collection<String> files) {
        List<SourceFile> posts = new ArrayList<>();
        List<SourceFile> drafts = new ArrayList<>();
        List<SourceFile> documents = new ArrayList<>();
        List<SourceFile> data = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        Path root = source.toAbsolutePath().normalize();
        for (String rel : files) {
            int slash = rel.lastIndexOf('/');
            String name = rel.substring(slash + 1);
            if (name.startsWith(".") || slash > 0 && inLeftOutFolder(rel.substring(0, slash))) {
                continue;
            }
            SourceFile sf = new SourceFile(root.resolve(rel), rel);
            if (rel.startsWith("_posts/")) {
                posts.add(sf);
            } else if (rel.startsWith("_drafts/")) {
                drafts.add(sf);
            } else if (rel.startsWith("_data/")) {
                data.add(sf);
            } else if (name.startsWith("_") || name.startsWith("#") || name.endsWith("~")
                    || IGNORED.contains(name)) {
                continue;
            } else if (MARKDOWN.contains(extension(name))) {
                documents.add(sf);
            } else {
                assets.add(sf);
            }
        }
        for (List<SourceFile> list : List.of(posts, drafts, documents, data, assets)) {
            Collections.sort(list);
        }
        return new SourceTree(posts, drafts, documents, data, assets, root.resolve("_templates"));
    }

    /** Whether a folder (or one it is in) is left out: named with {@code _} or {@code .}, or a tool's folder. */
    private static boolean inLeftOutFolder(String folder) {
        for (int end = folder.indexOf('/'); ; end = folder.indexOf('/', end + 1)) {
            if (leftOut(end < 0 ? folder : folder.substring(0, end))) {
                return true;
            }
            if (end < 0) {
                return false;
            }
        }
    }

    /** Whether this one folder is left out, whatever the folders it is in; posts, drafts and data are read. */
    private static boolean leftOut(String folder) {
        boolean special = folder.equals("_posts") || folder.startsWith("_posts/") || folder.equals("_drafts")
                || folder.startsWith("_drafts/") || folder.equals("_data") || folder.startsWith("_data/");
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        return !special && (name.startsWith("_") || name.startsWith(".") || IGNORED.contains(name));
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
