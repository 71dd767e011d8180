package io.github.blogmaven.site;

import java.util.List;

/** The posts of one year, for the archive. */
public record YearGroup(int year, List<PostView> posts) {
}
