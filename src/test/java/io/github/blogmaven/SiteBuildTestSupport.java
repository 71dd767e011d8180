package io.github.blogmaven;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy a source tree as the whole-site tests do. */
public final class SiteBuildTestSupport {

    private SiteBuildTestSupport() {
    }

    public static void copyTree(Path from, Path to) throws IOException {
        SiteBuildTest.copyTree(from, to);
    }
}
