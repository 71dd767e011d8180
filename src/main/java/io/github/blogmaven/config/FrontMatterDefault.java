package io.github.blogmaven.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Map;

/**
 * One entry of {@code defaults:} in {@code _config.yml}: front matter values for the files in a scope.
 *
 * @param path a folder or file below the source folder ("" for all), or a glob such as {@code _posts/2024-*}
 * @param type "posts", "pages" or "drafts", or "" for every kind
 */
public record FrontMatterDefault(String path, String type, Map<String, Object> values) {

    public FrontMatterDefault {
        path = trimSlashes(path == null ? "" : path.trim());
        type = type == null ? "" : type.trim();
        values = Map.copyOf(values);
    }

    /** Whether a file (its path below the source folder, with {@code /}) of a kind is in this scope. */
    public boolean matches(String relative, String kind) {
        if (!type.isEmpty() && !type.equals(kind)) {
            return false;
        }
        if (path.isEmpty()) {
            return true;
        }
        if (path.contains("*") || path.contains("?")) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + path);
            return m.matches(Path.of(relative)) || m.matches(Path.of(parent(relative)));
        }
        return relative.equals(path) || relative.startsWith(path + "/");
    }

    private static String parent(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String trimSlashes(String s) {
        String r = s;
        while (r.startsWith("/") || r.startsWith("./")) {
            r = r.substring(r.startsWith("./") ? 2 : 1);
        }
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
